def stats(values):
    return min(values), max(values), sum(values) / len(values)
lo, hi, mean = stats([4, 8, 6])
print(lo, hi, mean)
result = stats([1])
print(result, type(result).__name__)
def nothing():
    return
print(nothing())
def early(x):
    if x:
        return "early"
    print("fell through")
print(early(0))
