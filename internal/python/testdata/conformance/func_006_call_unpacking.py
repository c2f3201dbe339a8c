def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args))
print(f(*[1, 2], 3))
kw = {"b": 5, "c": 6}
print(f(4, **kw))
print(f(**{"a": 7, "b": 8, "c": 9}))
print(f(*(1,), *(2,), **{"c": 0}))
print(max(*[3, 9, 2]))
