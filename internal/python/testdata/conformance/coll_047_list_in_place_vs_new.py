a = [3, 1, 2]
b = sorted(a)
print(a, b)
c = a
c += [9]
print(a)
a = a + [10]
print(a, c)
print(list(reversed(a)), a)
