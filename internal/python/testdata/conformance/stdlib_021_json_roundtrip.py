import json
original = {"list": [1, [2, 3]], "float": 0.1, "neg": -5, "s": "quote\"in", "t": "tab\t"}
text = json.dumps(original)
print(text)
back = json.loads(text)
print(back == original)
print(json.dumps(json.loads("[1.0, 2.50, 1e3]")))
