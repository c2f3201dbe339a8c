data = {"rows": [
    (1, "a"),
    (2,
     "b"),
], "n": (
    3
)}
print(data)
print(len(data["rows"]))
print([[
]])
