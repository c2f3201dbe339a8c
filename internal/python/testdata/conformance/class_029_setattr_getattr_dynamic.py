class Obj:
    pass
o = Obj()
for name, val in [("a", 1), ("b", 2)]:
    setattr(o, name, val)
print(o.a, o.b)
print([getattr(o, n) for n in ("a", "b")])
print(getattr(o, "c", None))
setattr(Obj, "cls_attr", "on class")
print(o.cls_attr)
delattr(o, "a")
print(hasattr(o, "a"))
