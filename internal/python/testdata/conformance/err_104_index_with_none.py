items = [1, 2]
idx = None
print(items[0])
items[idx]
