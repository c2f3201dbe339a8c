import functools, operator
from functools import reduce, partial
from operator import or_
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(operator.add, [], 10), reduce(or_, [1, 2, 4]))
print(reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a | b, [{1}, {2}, {3}]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
def f(a, b, c=3):
    return (a, b, c)
p = partial(f, 1, c=5)
print(p(2), p(2, c=6), p.args, p.keywords, p.func is f)
@functools.lru_cache(maxsize=None)
def sq(x):
    return x * x
@functools.lru_cache
def cube(x):
    return x ** 3
@functools.cache
def ident(x):
    return x
print(sq(3), cube(2), ident("i"))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.not_(0), operator.not_([1]))
print(operator.add(1, 2), operator.sub(5, 3), operator.mul("a", 3), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.eq(1, 1.0), operator.ne(1, 2))
print(operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2), operator.contains([1, 2], 2))
print(operator.getitem({"k": "v"}, "k"), operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)("abc"))
class P:
    def __init__(self):
        self.x = 1
        self.inner = self
    def hello(self, name, punct="!"):
        return "hi " + name + punct
print(operator.attrgetter("x")(P()), operator.attrgetter("inner.x", "x")(P()), operator.methodcaller("hello", "bob", punct="?")(P()))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=operator.itemgetter(1)))
print(functools.reduce(operator.or_, [x > 1 for x in [0, 1, 2]]))
