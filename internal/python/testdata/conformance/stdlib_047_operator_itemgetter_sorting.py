from operator import itemgetter, attrgetter
from collections import namedtuple
Rec = namedtuple("Rec", "name score")
recs = [Rec("b", 2), Rec("a", 2), Rec("c", 1)]
print(sorted(recs, key=attrgetter("score", "name")))
print([r.name for r in sorted(recs, key=itemgetter(1), reverse=True)])
rows = [{"k": 2}, {"k": 1}]
print(sorted(rows, key=itemgetter("k")))
