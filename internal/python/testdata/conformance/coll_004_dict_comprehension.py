words = ["apple", "kiwi", "fig"]
print({w: len(w) for w in words})
print({k: v for k, v in zip("abc", range(3)) if v})
sq = {n: n * n for n in range(4)}
print(sq)
print({v: k for k, v in sq.items()})
