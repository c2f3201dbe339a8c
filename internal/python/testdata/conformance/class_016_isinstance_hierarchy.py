class A:
    pass
class B(A):
    pass
class C(B):
    pass
class D:
    pass
objs = [A(), B(), C(), D()]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, (B, D)))
print(issubclass(C, A), issubclass(A, C), issubclass(C, (D, B)))
print(isinstance(C(), object), issubclass(D, object))
