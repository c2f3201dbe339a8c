people = [("bob", 30), ("amy", 25), ("cat", 30), ("dan", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people))
print(sorted("banana"))
print(sorted({"b": 1, "a": 2}))
print(sorted([3, 1, 2], reverse=True))
