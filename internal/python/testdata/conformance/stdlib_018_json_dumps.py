import json
obj = {"b": [1, 2], "a": {"x": None, "y": True}, "c": "text", "d": 1.5}
print(json.dumps(obj))
print(json.dumps(obj, sort_keys=True))
print(json.dumps([1, "a", None, False]))
print(json.dumps("caf\u00e9"))
print(json.dumps("caf\u00e9", ensure_ascii=False))
print(json.dumps({"k": (1, 2)}))
print(json.dumps({1: "int key"}))
