import operator
from operator import itemgetter, attrgetter
rows = [("x", 3), ("y", 1), ("z", 2)]
print(sorted(rows, key=itemgetter(1)))
print(list(map(itemgetter(0), rows)))
print(itemgetter(0, 1)(["a", "b", "c"]))
class P:
    def __init__(self, n):
        self.n = n
print([p.n for p in sorted([P(3), P(1)], key=attrgetter("n"))])
print(operator.add(1, 2), operator.mul(3, 4), operator.sub(5, 1))
print(operator.itemgetter("k")({"k": "v"}))
