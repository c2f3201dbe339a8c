def level3(v):
    return v["missing"]
def level2(v):
    return level3(v) + 1
def level1(v):
    return level2(v) * 2
print("start")
level1({})
