from collections import defaultdict
tree = defaultdict(lambda: defaultdict(int))
events = [("2020", "a"), ("2020", "b"), ("2021", "a"), ("2020", "a")]
for year, kind in events:
    tree[year][kind] += 1
print({y: dict(v) for y, v in tree.items()})
print(sorted(tree["2020"].items()))
sets = defaultdict(set)
sets["k"].add(1)
print(dict(sets))
