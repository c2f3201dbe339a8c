print("start")
True = 1
print(True)
