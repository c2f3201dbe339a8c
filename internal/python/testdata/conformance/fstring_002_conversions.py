s = "it's"
print(f"{s}")
print(f"{s!r}")
print(f"{s!s}")
x = [1, "a"]
print(f"{x}")
print(f"{x!r}")
print(f"{None!r} {True!s}")
