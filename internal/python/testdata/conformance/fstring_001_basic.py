name = "world"
n = 3
print(f"hello {name}")
print(f"{n} + {n} = {n + n}")
print(f"{name.upper()}!")
print(f"{'literal'}")
print(f"")
print(f"no fields")
