def f(a, b=0, *args, c, d=4, **kw):
    return [a, b, args, c, d, sorted(kw.items())]
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(c=0, a=9))
def g(**kw):
    return list(kw)
print(g(z=1, a=2, m=3))
