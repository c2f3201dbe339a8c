s = {1, 2}
alias = s
s |= {3}
print(sorted(s), alias is s, sorted(alias))
d = {"a": 1}
d["a"] += 5
d.setdefault("b", 0)
d["b"] -= 1
print(d)
counts = [0, 0]
counts[1] += 3
print(counts)
