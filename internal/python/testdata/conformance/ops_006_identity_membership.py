a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)
print(a is not c)
print(None is None)
print(2 in a, 3 not in a)
print("b" in "abc", "ac" in "abc")
print(1 in {1: "x"}, "x" in {1: "x"})
print(not None, not [], not [0])
