rows = [("resp", "asthma"), ("endo", "diabetes"), ("resp", "copd")]
by_cat = {}
for cat, name in rows:
    if cat not in by_cat:
        by_cat[cat] = []
    by_cat[cat].append(name)
print(by_cat)
print({c: len(v) for c, v in by_cat.items()})
print(sorted(n for v in by_cat.values() for n in v))
