class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q)
print(p is p, [p].count(p), p in [q])
class WithEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(WithEq(1) == WithEq(1), WithEq(1) != WithEq(2))
print(WithEq(1) in [WithEq(0), WithEq(1)])
