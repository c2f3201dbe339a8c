print("numbers")
x = 1abc
print(x)
