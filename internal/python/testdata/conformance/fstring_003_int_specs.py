i = 7
print(f"{i:02d}")
print(f"{i:5d}|")
print(f"{i:<5d}|")
print(f"{i:^5d}|")
print(f"{-i:04d}")
print(f"{i:+d} {-i:+d}")
print(f"{123456789:,}")
print(f"{1234:_}")
