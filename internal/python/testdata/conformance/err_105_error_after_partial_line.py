print("partial", end="")
print(" line", end="")
items = {}
items["k"]
