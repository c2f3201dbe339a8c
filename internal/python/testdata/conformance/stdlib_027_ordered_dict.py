from collections import OrderedDict
od = OrderedDict()
od["z"] = 1
od["a"] = 2
od["m"] = 3
print(list(od.keys()))
od.move_to_end("z")
print(list(od))
print(od.popitem(), list(od))
print(dict(od))
print(OrderedDict(a=1) == {"a": 1})
