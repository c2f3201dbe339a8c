x = "outer"
vals = [x for x in range(3)]
print(x)
print(vals)
i = 100
total = sum(i for i in range(4))
print(i, total)
print({k: k for k in "ab"})
print([k for k in "ab"], "k" in globals())
