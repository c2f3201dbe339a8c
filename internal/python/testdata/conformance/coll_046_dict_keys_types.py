d = {1: "int", "1": "str", (1,): "tuple", None: "none", True: "bool?"}
print(d)
print(d[1], d["1"], d[(1,)], d[None])
print(len(d))
print(2.0 in {2: 0})
