class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(vars(p))
print(sorted(vars(p).items()))
vars(p)["z"] = 3
print(p.z)
p.w = 4
print(list(vars(p)))
