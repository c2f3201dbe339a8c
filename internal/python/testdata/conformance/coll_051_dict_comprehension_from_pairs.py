pairs = [("x", 1), ("y", 2), ("x", 3)]
print({k: v for k, v in pairs})
print(dict(pairs))
inverted = {}
for k, v in pairs:
    inverted.setdefault(k, []).append(v)
print(inverted)
print({k: sum(v) for k, v in inverted.items()})
