data = [{"n": 2}, {"n": 1}, {"m": 0}]
print(sorted(data[:2], key=lambda d: d["n"]))
sorted(data, key=lambda d: d["n"])
