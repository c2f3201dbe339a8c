from functools import partial
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10))
print(square(base=3))
join_dash = partial("-".join)
print(join_dash(["a", "b"]))
p = partial(int, base=2)
print(p("1010"))
print(square.keywords, two_to.args)
