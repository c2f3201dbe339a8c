x = 2
print(x)
1 = x
