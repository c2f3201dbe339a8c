def lookup(key):
    if key == "x":
        return {"x": 1}
result = lookup("y")
print(result)
print(result["x"])
