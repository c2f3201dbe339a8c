# Values near the edges of the 64-bit range (where our ints switch between
# their small and big representations), which CPython and we must print
# identically.
x = 2 ** 62
print(x)
print(9223372036854775807, -9223372036854775807 - 1)
print(0x7FFFFFFFFFFFFFFF)
print(x // 3, x % 7)
print(len(str(x)))
print(-(10 ** 18))
