n = 255
print(f"{n:x} {n:X}")
print(f"{n:o}")
print(f"{n:b}")
print(f"{n:#x} {n:#o} {n:#b}")
print(f"{5:08b}")
print(f"{n:04x}")
print(f"{-n:x}")
