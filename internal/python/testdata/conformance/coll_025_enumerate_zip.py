names = ["a", "b", "c"]
print(list(enumerate(names)))
print(list(enumerate(names, start=1)))
print(list(enumerate(names, 10)))
print(list(zip(names, [1, 2])))
print(list(zip(names, range(5), "xyz")))
print(list(zip()))
pairs = [(1, "x"), (2, "y")]
nums, lets = zip(*pairs)
print(nums, lets)
