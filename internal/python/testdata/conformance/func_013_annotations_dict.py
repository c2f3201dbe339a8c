def f(a: int, b: str = "x") -> bool:
    return True
print(sorted(f.__annotations__))
print(f.__annotations__["a"] is int)
print(f.__annotations__["return"].__name__)
print(f.__name__)
