xs = [10, 20, 30, 40, 50]
print(xs[0], xs[-1], xs[-2])
print(xs[1:3], xs[:2], xs[3:])
print(xs[::2], xs[1::2])
print(xs[::-1])
print(xs[-3:-1])
print(xs[10:], xs[:-10])
print(xs[4:1:-1])
print(len(xs))
