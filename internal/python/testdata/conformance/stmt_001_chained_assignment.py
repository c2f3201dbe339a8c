a = b = c = 1
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
p, q = r = (1, 2)
print(p, q, r)
