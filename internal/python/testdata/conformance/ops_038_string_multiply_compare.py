line = "=" * 10
print(line)
print(len("ab" * 50))
print("-".join(["ab"] * 3))
print("x" * 3 == "xxx")
print(("a" + "b") * 2)
print("a" + "b" * 2)
