def make_multiplier(k):
    def mul(x):
        return x * k
    return mul
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))
print([make_multiplier(n)(10) for n in range(4)])
def outer():
    x = "enclosing"
    def inner():
        return x
    x = "changed"
    return inner()
print(outer())
