d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(list(d))
d["z"] = 10
print(d)
del d["a"]
d["a"] = 4
print(d)
print(list(d.values()))
