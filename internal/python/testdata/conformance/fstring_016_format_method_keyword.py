print("{name} is {age}".format(name="Ann", age=30))
print("{a}-{0}-{b}".format("pos", a="A", b="B"))
data = {"x": 1, "y": 2}
print("{x},{y}".format(**data))
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
class C:
    attr = "attrval"
print("{0.attr}".format(C))
