def add(a, b):
    return a + b
def sub(a, b):
    return a - b
ops = {"+": add, "-": sub, "*": lambda a, b: a * b}
for sym in ["+", "-", "*"]:
    print(sym, ops[sym](7, 3))
dispatch = {"upper": str.upper, "len": len}
print(dispatch["upper"]("abc"), dispatch["len"]("abc"))
print(ops.get("/", lambda a, b: "n/a")(1, 2))
