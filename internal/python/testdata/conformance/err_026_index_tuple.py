t = (1, 2)
print(t[-2])
t[-3]
