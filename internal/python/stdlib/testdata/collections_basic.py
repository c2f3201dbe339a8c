from collections import namedtuple, defaultdict, Counter, OrderedDict
Point = namedtuple("Point", "x, y")
Q = namedtuple("Q", ["a", "b", "c"], defaults=[2, 3])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p), tuple(p), p == (1, 2), (1, 2) == p, p == Point(1, 2))
x, y = p
print(x, y, Point(y=5, x=4), Q(1), Q(1, c=9), Point._fields, Q._field_defaults, p._asdict(), p._replace(x=5))
print(isinstance(p, tuple), type(p).__name__, hash(p) == hash((1, 2)), p + (3,), Point._make([3, 4]), p.count(1), p.index(2))
print({p: "v"}[Point(1, 2)], sorted([Point(2, 1), Point(1, 2)]), 1 in p)
for item in [Point(1, 2), Point(3, 4)]:
    print(item.x + item.y)
def tr(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
tr(lambda: Point(1))
tr(lambda: Point(1, 2, 3))
tr(lambda: Point(1, 2, z=3))
tr(lambda: Point(1, x=2))
tr(lambda: p._replace(z=3))
tr(lambda: namedtuple("1x", "a"))
tr(lambda: namedtuple("X", "a _b"))
tr(lambda: namedtuple("X", "a a"))
tr(lambda: namedtuple("X", "a def"))
tr(lambda: setattr(p, "x", 3))
d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, d["a"], len(d), "c" in d, list(d.keys()), list(d.items()), isinstance(d, dict), dict(d))
c = defaultdict(int)
for w in "abracadabra":
    c[w] += 1
print(c, c.get("z"), c.get("a"), sorted(c.items()))
tr(lambda: defaultdict(None)["x"])
cnt = Counter("abracadabra")
print(cnt, cnt.most_common(2), cnt["z"], Counter(), cnt["a"], len(cnt))
cnt.update(["z", "z"])
print(cnt.most_common(1), cnt["z"], sorted(cnt.elements())[:3], Counter({"a": 2}) + Counter({"a": 1, "b": -1}))
print(Counter([1, 1, 2]) == {1: 2, 2: 1}, Counter(a=3, b=1), list(Counter("aab").items()))
od = OrderedDict([("a", 1), ("b", 2)])
od["c"] = 3
od.move_to_end("a")
print(od, OrderedDict(), list(od), od["b"])
