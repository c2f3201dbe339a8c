# int(None) is a TypeError, not a ValueError
print(int("5"))
print(int(None))
