recs = [{"n": "b", "v": 2}, {"n": "a", "v": 2}, {"n": "c", "v": 1}]
print([r["n"] for r in sorted(recs, key=lambda r: (r["v"], r["n"]))])
print([r["n"] for r in sorted(recs, key=lambda r: r["v"], reverse=True)])
print(sorted(["b10", "a2", "b9"], key=lambda s: (s[0], int(s[1:]))))
print(sorted([-3, 2, -1], key=abs))
print(sorted("Hello World".split(), key=str.lower))
