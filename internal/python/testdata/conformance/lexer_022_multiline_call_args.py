def f(a, b, c=0, *rest, **kw):
    return (a, b, c, rest, sorted(kw.items()))
print(f(
    1,
    2,
))
print(f(1,
        2,
        3, 4,
        x=5,
        ))
