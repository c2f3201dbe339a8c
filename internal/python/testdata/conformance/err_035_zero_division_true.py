a = 10
print(a / 2)
print(a / 0)
