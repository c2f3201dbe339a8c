print("start")
x = 0777
print(x)
