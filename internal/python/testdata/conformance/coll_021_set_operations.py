a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b))
print(sorted(a & b))
print(sorted(a - b), sorted(b - a))
print(sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b, {4})))
print(sorted(a.difference(b)))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {1})
