from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
q = Point(y=5, x=4)
print(p, q)
print(p.x + q.y, p[0], p[-1])
print(p._asdict())
a, b = q
print(a, b, len(p))
print(p._replace(x=10))
Row = namedtuple("Row", "id name")
print(Row(1, "ann"), Row._fields)
