d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
for (a, b), c in [((1, 2), 3)]:
    print(a + b + c)
for n, *rest in [(1, 2, 3), (4,)]:
    print(n, rest)
