# ints have no length
print(len("abc"))
print(len(42))
