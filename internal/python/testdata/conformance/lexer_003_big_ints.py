x = 2 ** 100
print(x)
print(123456789012345678901234567890 + 1)
print(-(10 ** 25))
print(0xFFFFFFFFFFFFFFFFFFFF)
print(x // 3, x % 7)
print(len(str(x)))
