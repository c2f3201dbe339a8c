vals = [3, None, 0, 7]
print([v for v in vals if v is not None])
print([v for v in vals if v])
print([v or -1 for v in vals])
print(sum(v for v in vals if v is not None))
print(any(v is None for v in vals), all(v is not None for v in vals))
