print(dict(a=1, b=2))
print(dict([("x", 1), ("y", 2)]))
print(dict(zip(["k1", "k2"], [10, 20])))
print(dict({"a": 1}, b=2))
print(dict.fromkeys(["p", "q"], 0))
a = {"a": 1, "b": 2}
b = {"b": 3, "c": 4}
print({**a, **b})
print({**b, "new": True, **a})
print(dict())
