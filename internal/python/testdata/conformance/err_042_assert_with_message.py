count = 0
print("checking")
assert count > 0, f"count must be positive, got {count}"
