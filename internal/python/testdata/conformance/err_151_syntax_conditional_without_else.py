flag = True
x = 5 if flag
print(x)
