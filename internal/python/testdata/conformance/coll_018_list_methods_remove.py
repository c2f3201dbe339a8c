xs = [5, 3, 5, 1, 5]
print(xs.pop(), xs)
print(xs.pop(0), xs)
xs.remove(5)
print(xs)
print(xs.index(1), xs.count(5), xs.count(9))
ys = xs.copy()
ys.clear()
print(xs, ys)
