def area(width, height=None):
    if height is None:
        height = width
    return width * height
print(area(3), area(3, 4), area(width=2, height=5), area(height=2, width=7))
print(int("42"), round(2.567, 1), sorted([3, 1], reverse=True))
print(dict(a=1)["a"], list(range(3)))
