def apply(f, *args):
    return f(*args)
print(apply(len, "abcd"))
print(apply(max, 3, 9, 1))
print(apply(lambda: "zero args"))
fs = [str.upper, str.lower, str.title]
print([f("hELLo wOrld") for f in fs])
print(sorted(["b", "A", "c"], key=str.lower))
print(list(map(len, ["a", "bb"])))
