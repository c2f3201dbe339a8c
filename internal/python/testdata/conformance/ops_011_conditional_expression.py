x = 5
print("big" if x > 3 else "small")
print("a" if x > 10 else "b" if x > 4 else "c")
y = (1 if x else 0) + 10
print(y)
print([i if i % 2 else -i for i in range(5)])
print(x if x else 0 or 99)
