x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
print(x)
y = 1.5
y /= 2
print(y)
b = 6
b &= 3
b |= 8
b ^= 1
b <<= 2
b >>= 1
print(b)
