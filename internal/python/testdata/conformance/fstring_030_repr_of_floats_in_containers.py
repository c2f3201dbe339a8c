vals = [0.5, 1.0, 2.25, 1 / 4, 10 / 4, 7 / 2]
print(vals)
print(tuple(v * 2 for v in vals))
print({"r": round(2 / 3, 4)})
print(round(1 / 3, 2), round(2.675, 2))
