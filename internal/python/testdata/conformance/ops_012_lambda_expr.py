sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(4), add(1), add(1, 2))
print((lambda: "no args")())
print((lambda *a: len(a))(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2))
pick = lambda t: t[1]
print(sorted([(1, "c"), (2, "a"), (3, "b")], key=pick))
