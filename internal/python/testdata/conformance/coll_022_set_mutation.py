s = set()
s.add(3)
s.add(1)
s.add(3)
print(sorted(s), len(s))
s.discard(10)
s.discard(1)
print(sorted(s))
s.remove(3)
print(s)
t = {1, 2}
t |= {3}
t &= {2, 3, 4}
t -= {2}
print(t)
print({1, 2}.issubset({1, 2, 3}), {1, 2, 3}.issuperset({2}))
print({1}.isdisjoint({2}))
