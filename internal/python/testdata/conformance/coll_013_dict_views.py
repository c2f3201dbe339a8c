d = {"one": 1, "two": 2}
print(d.keys())
print(d.values())
print(d.items())
print(list(d.keys()), list(d.items()))
print("one" in d, "three" not in d, 1 in d.values())
keys = d.keys()
d["three"] = 3
print(len(keys), sorted(keys))
