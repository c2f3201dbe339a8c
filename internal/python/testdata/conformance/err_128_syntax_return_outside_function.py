print("module")
x = 1
return x
