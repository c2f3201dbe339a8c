def digit_sum(n):
    return n if n < 10 else digit_sum(sum(int(d) for d in str(n)))
print(digit_sum(987654321))
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(power_set([1, 2, 3]))
