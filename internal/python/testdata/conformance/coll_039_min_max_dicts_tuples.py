scores = {"ann": 82, "bob": 91, "cy": 77}
print(max(scores), min(scores))
print(max(scores.values()), min(scores, key=scores.get))
best = max(scores.items(), key=lambda kv: kv[1])
print(best)
print(min([(2, "b"), (1, "z"), (1, "a")]))
print(max([], default=None))
