seen = set()
pairs = [(1, 2), (2, 1), (1, 2), (3, 3)]
unique = []
for p in pairs:
    if p not in seen:
        seen.add(p)
        unique.append(p)
print(unique)
print(len(seen), (2, 1) in seen)
print(sorted(seen))
print(sorted({tuple(sorted(p)) for p in pairs}))
