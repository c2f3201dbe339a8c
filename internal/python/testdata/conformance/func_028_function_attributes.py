def f(a, b=2):
    """Doc here."""
    return a
print(f.__name__, f.__doc__)
print(f.__defaults__)
f.custom = "attr"
print(f.custom)
print(callable(f), callable(3), callable(len))
g = f
print(g.__name__, g(9))
