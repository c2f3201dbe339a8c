a = [1]
print(a)
a[0] + 1 = 2
