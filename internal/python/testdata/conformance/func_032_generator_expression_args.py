def total(values):
    return sum(values)
print(total(x * x for x in range(4)))
print(sorted(set(c for c in "hello")))
print(", ".join(str(i) for i in range(3)))
print(min((len(w), w) for w in ["aa", "b", "cc"]))
print(dict((k, len(k)) for k in ["x", "yy"]))
