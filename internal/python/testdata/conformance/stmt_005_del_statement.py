a = 1
b = [1, 2, 3, 4]
d = {"k": 1, "j": 2}
del a
print("a" in globals())
del b[0]
del d["k"]
print(b, d)
class O:
    pass
o = O()
o.x = 1
del o.x
print(hasattr(o, "x"))
x, y = 1, 2
del x, y
print("x" in globals(), "y" in globals())
