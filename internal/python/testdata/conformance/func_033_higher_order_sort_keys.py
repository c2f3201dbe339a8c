data = [("b", 2), ("a", 3), ("c", 1)]
def by_second(item):
    return item[1]
print(sorted(data, key=by_second))
print(max(data, key=by_second))
print(min(data, key=lambda t: t[0]))
print(sorted(data, key=lambda t: -t[1]))
print(list(map(by_second, data)))
