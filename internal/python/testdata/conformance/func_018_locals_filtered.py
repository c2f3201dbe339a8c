def collect():
    var_a = 1
    var_b = "two"
    other = 3
    return {k: v for k, v in locals().items() if k.startswith("var_")}
print(collect())
def names(x, y=2):
    z = x + y
    return sorted(locals())
print(names(1))
