values = [0, 1, -1, 0.0, 0.5, "", "0", [], [0], (), {}, {"": 0}, None, set(), range(0), range(1)]
for v in values:
    print(repr(v), bool(v))
