text = "line1\nline2\r\nline3\n\nline5"
print(text.splitlines())
print("trailing\n".splitlines())
print("".splitlines())
print("a\nb\n".split("\n"))
print(len("x\ny".splitlines()))
