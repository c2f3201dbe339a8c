d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0))
print(d.setdefault("a", 5), d.setdefault("b", 7))
print(d)
groups = {}
for w in ["ant", "bee", "ape"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
