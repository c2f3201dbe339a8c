label = "count: "
print(label)
print(label + 5)
