s = "a\tb\nc  d\r\ne"
print(s.split())
print(s.split(None, 2))
print("  a  ".split(" "))
print("a  b".split(" ", 1))
