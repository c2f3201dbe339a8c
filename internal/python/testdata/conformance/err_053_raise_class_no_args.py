# raising a class instantiates it with no arguments
print("raise class")
raise KeyError
