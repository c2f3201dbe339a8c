vals = [1, 1.5, "s", [1], (1,), {"a": 1}, None, True]
for v in vals:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple)))
print(type(3) is int, type(True) is int, type(True) is bool)
print(isinstance(True, bool), isinstance(3, bool))
