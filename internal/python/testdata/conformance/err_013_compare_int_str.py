# ordering comparisons between unrelated types are not allowed
print(sorted([3, 1, 2]))
print(1 < "2")
