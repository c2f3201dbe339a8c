first, *rest, last = [1, 2, 3]
print(first, rest, last)
first, *rest, last = [1]
