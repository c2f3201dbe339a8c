def mutate(lst, d):
    lst.append("added")
    d["k"] = "v"
    lst = ["rebound"]
    return lst
a, b = [1], {}
print(mutate(a, b))
print(a, b)
def rebind(n):
    n += 1
    return n
x = 1
print(rebind(x), x)
