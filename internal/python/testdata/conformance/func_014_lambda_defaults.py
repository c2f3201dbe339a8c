make = lambda x, y=2, *rest, z=0, **kw: (x, y, rest, z, sorted(kw))
print(make(1))
print(make(1, 3, 4, 5, z=9, w=1))
adders = [lambda v, n=n: v + n for n in range(3)]
print([a(10) for a in adders])
print((lambda: None)())
