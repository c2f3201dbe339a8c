s = "\d"
print(s)
print(len(s))
t = "a\
b"
print(t)
print("\x7e\101")
print("\u0041\u00df")
