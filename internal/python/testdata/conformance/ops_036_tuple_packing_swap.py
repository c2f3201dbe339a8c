a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
t = 1, 2, 3
print(t, type(t).__name__)
(p, q), r = (1, 2), 3
print(p, q, r)
