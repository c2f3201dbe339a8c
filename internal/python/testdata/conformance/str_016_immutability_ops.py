s = "abc"
t = s
s += "d"
print(s, t)
print(s.upper(), s)
u = s.replace("a", "A")
print(u, s)
