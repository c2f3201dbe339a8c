s = "one two one two one"
print(s.replace("one", "1"))
print(s.replace("one", "1", 2))
print(s.replace("x", "y"))
print("aaa".replace("a", "aa"))
print("abc".replace("", "-"))
print("a.b.c".replace(".", ""))
