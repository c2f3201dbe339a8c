pairs = [("a", 1), ("b", 2)]
for idx, (name, val) in enumerate(pairs, start=1):
    print(idx, name, val)
lookup = {name: idx for idx, (name, _) in enumerate(pairs)}
print(lookup)
print([i for i, (n, v) in enumerate(pairs) if v > 1])
