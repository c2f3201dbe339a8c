import json
obj = {"name": "x", "items": [1, 2], "nested": {"z": [], "a": {}}}
print(json.dumps(obj, indent=2))
print(json.dumps(obj, indent=2, sort_keys=True))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
