print("ok")
name = "unterminated
print(name)
