f = frozenset([1, 2])
print(len(f))
f.add(3)
