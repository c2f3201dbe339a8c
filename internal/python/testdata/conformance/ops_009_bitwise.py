a, b = 12, 10
print(a & b, a | b, a ^ b)
print(~a, ~0, ~-1)
print(1 << 4, 256 >> 3)
print(-16 >> 2)
print(a & b | 1, a ^ b & 1)
print(0xF0 | 0x0F)
print(True & False, True | False, True ^ True)
