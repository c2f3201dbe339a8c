class Box:
    size = 3
b = Box()
print(hasattr(b, "size"), hasattr(b, "color"))
print(getattr(b, "size"), getattr(b, "color", "none"))
setattr(b, "color", "red")
print(b.color, getattr(b, "color"))
print(hasattr("abc", "upper"), getattr([], "append") is not None)
