f = frozenset([3, 1, 2, 1])
print(len(f), 2 in f)
print(sorted(f))
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})])
print(f | {9} == frozenset({1, 2, 3, 9}))
print(type(f | {9}).__name__)
print(frozenset() == set())
