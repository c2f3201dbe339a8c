import json
data = json.loads('{"a": 1, "b": [true, false, null], "c": {"d": 1.5, "e": "x"}}')
print(data)
print(type(data["c"]["d"]).__name__, data["b"][2] is None)
print(json.loads("[1, 2.0, \"s\"]"))
print(json.loads("3"), json.loads('"str"'), json.loads("null"))
print(json.loads('{"u": "caf\\u00e9"}')["u"])
