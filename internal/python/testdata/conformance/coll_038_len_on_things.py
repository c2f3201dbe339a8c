print(len("hello"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}))
print(len(""), len(range(3)), len(range(0, 10, 3)))
print(len("日本"), len([[1, 2], [3]]))
print(len(dict(a=1, b=2)))
