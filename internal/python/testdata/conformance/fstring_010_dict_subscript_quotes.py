d = {"key": "value", "n": 4}
print(f"{d['key']}")
print(f'{d["n"] * 2}')
print(f"{d['key']!r:>10}")
rows = [{"a": 1}, {"a": 2}]
print(f"{rows[1]['a']}")
print(f"{len(d)} keys")
