s = "abc"
print(s[0])
print(s["a"])
