values = [3, "a", 1]
print(len(values))
values.sort()
