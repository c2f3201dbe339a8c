s = {1, 2}
print(len(s))
s.add({"a": 1})
