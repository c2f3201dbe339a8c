# Built-in and standard-library types reject attribute assignment and deletion;
# classes made by a class statement or type() accept it.
import collections
from datetime import date
def attempt(label, fn):
    try:
        fn()
        print(label, "OK")
    except Exception as e:
        print(label, "->", type(e).__name__, e)
def f1(): date.foo = 1
def f2(): int.x = 1
def f3(): del date.today
def f4(): del int.nope
def f5(): collections.OrderedDict.x = 1
def f6(): type.x = 1
def f7(): object.x = 1
def f8(): ValueError.x = 1
def f9(): setattr(date, 'y', 2)
def f10(): delattr(int, 'real')
def f11(): int.__doc__ = 'x'
for i, f in enumerate([f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11]):
    attempt(i, f)
class A: pass
A.x = 1
del A.x
print(hasattr(A, 'x'))
class B(int): pass
B.x = 1
print(B.x)
C = type('C', (), {})
C.x = 1
print(C.x)
class E(ValueError): pass
E.x = 1
print(E.x)
def g(): del A.nope
attempt('g', g)
print(date.today is not None, hasattr(date, 'foo'))
