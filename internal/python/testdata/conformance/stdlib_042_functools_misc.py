import functools
def add(a, b, c=0):
    return a + b + c
add_one = functools.partial(add, 1)
print(add_one(2), add_one(2, c=10))
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]))
print(functools.reduce(max, [3, 9, 2]))
print(functools.reduce(lambda acc, s: acc + s, ["a", "b", "c"], ">"))
