x = 2
print(1 < x < 3)
print(1 < x > 3)
print(0 <= x <= 2 < 5)
print(1 == 1 < 2)
print(3 > 2 > 1 > 0)
print(1 < 3 > 2 != 2)
a = b = 5
print(a == b == 5)
