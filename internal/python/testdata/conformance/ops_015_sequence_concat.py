print([1, 2] + [3])
print((1,) + (2, 3))
print("ab" + "cd")
a = [1]
b = a + [2]
print(a, b)
print([] + [] == [])
print(tuple() + ())
