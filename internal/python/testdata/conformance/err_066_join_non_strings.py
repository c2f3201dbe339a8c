parts = ["a", "b"]
print("-".join(parts))
print("-".join(["a", 1, "c"]))
