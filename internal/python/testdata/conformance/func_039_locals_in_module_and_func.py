def f(a, b):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1, 2))
def g():
    return {k: type(v).__name__ for k, v in locals().items()}
print(g())
