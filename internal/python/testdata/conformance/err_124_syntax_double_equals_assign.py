print("hello")
x = = 1
print(x)
