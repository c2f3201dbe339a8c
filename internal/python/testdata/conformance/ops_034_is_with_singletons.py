x = None
print(x is None, x is not None)
print(True is True, False is not True)
print(type(None).__name__)
def f():
    pass
print(f() is None)
print([] == [], [] is not None)
