d = {"a": 1, "b": 2, "c": 3}
for key in list(d.keys()):
    if d[key] % 2:
        del d[key]
print(d)
items = [1, 2, 3, 4]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
