a = 1; b = 2; c = a + b
print(a, b, c)
print("x"); print("y")
if c == 3: print("three"); print("again")
for i in range(2): print(i)
