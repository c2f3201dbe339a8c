import json
from json import loads
data = json.loads('{"b": 1, "a": [1, 2.5, true, false, null, "x\\u00e9\\ud83d\\ude00"], "c": {"d": -1e3}}')
print(data)
print(list(data), type(data["a"][1]).__name__, type(data["c"]["d"]).__name__)
print(loads("[]"), loads("{}"), loads(" 3 "), loads('"s"'), loads("[-Infinity, NaN, 1e400]"))
print(json.dumps(data))
print(json.dumps({"a": [1, 2.5, True, None, "é\n\"x\U0001F600"], "b": {}, "c": [], 1: float("nan"), 2.5: -float("inf")}))
print(json.dumps({"b": 1, "a": [1, {"x": []}]}, indent=2, sort_keys=True))
print(json.dumps([1, [2]], indent=0), json.dumps("é", ensure_ascii=False), json.dumps((1, 2)), json.dumps(1e16), json.dumps(1.0))
print(json.dumps({"a": 1}, separators=(",", ":")), json.dumps([1, 2], indent="\t"))
print(json.dumps({True: 1, None: 2, 3: 4}), json.dumps("\x7f\x01"))
print(json.dumps({"s": {1, 2}}, default=sorted))
with open("json_basic.json") as f:
    cfg = json.load(f)
print(cfg["start"], cfg["n"], cfg)
print(json.load(open("json_basic.json"))["list"])
def tr(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, isinstance(e, ValueError))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["", "x", "[1,]", '{"a":1,}', "{a:1}", '{"a" 1}', "[1 2]", '"abc', '"a\\qb"', "[1] x", '"\\u12"', '"a\tb"', "  \n  [1,\n x]", "-", "01"]:
    tr(lambda: json.loads(s))
tr(lambda: json.dumps({(1, 2): 1}))
tr(lambda: json.dumps(object()))
json.loads("{")
