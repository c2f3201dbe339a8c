def flatten(items):
    out = []
    for it in items:
        if isinstance(it, list):
            out.extend(flatten(it))
        else:
            out.append(it)
    return out
print(flatten([1, [2, [3, [4]], 5], [], [[6]]]))
def depth(d):
    if not isinstance(d, dict) or not d:
        return 0
    return 1 + max(depth(v) for v in d.values())
print(depth({"a": {"b": {"c": 1}}, "x": 2}))
