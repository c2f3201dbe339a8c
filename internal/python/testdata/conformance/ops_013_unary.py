x = 5
print(-x, +x, -(-x))
print(- - x, +-x)
print(-x ** 2)
print(not -x)
print(-True, +False)
print(abs(-x), -abs(x))
print(-0.0 == 0.0)
