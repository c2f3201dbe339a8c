def f(a, *, b, c=3):
    return (a, b, c)
print(f(1, b=2))
print(f(a=1, b=2, c=4))
def g(*args, sep="-"):
    return sep.join(str(a) for a in args)
print(g(1, 2, 3))
print(g(1, 2, sep="+"))
