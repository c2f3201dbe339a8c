import json
raw = '{"int": 1, "float": 1.0, "exp": 1e2, "big": 12345678901234567890, "list": [], "obj": {}}'
data = json.loads(raw)
for k, v in data.items():
    print(k, type(v).__name__, v)
print(json.dumps(data))
print(json.dumps({"t": True, "n": None}))
