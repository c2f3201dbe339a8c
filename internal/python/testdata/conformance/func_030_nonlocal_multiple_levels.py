def a():
    v = 1
    def b():
        def c():
            nonlocal v
            v += 10
        c()
        return v
    r = b()
    return v, r
print(a())
def acc():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total, len(items)
    return add
add = acc()
add(1)
print(add(5))
