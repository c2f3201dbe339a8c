a = [1, [2, 3]]
b = a
c = a.copy()
d = a[:]
a.append(4)
a[1].append(5)
print(a)
print(b)
print(c)
print(d)
print(list(a) is a, list(a) == a)
