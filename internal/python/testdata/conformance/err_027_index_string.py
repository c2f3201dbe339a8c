s = "abc"
print(s[2])
s[10]
