def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f())
print(f(1, 2))
print(f(a=1))
print(f(1, x=2, y=3))
def g(first, *rest, last="end", **opts):
    print(first, rest, last, opts)
g(1, 2, 3, last="L", k="v")
g("only")
