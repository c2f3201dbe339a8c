data = {"a": [1, 2, 3], "b": [], "c": [4]}
print({k: [x * 10 for x in v] for k, v in data.items() if v})
print([(k, x) for k, v in data.items() for x in v if x % 2 == 0])
print([x for xs in data.values() for x in xs])
print(sum(len(v) for v in data.values()))
