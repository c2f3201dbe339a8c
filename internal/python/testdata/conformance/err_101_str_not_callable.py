name = "abc"
print(name.upper())
name()
