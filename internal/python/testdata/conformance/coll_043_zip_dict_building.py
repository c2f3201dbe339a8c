keys = ["id", "name", "age"]
rows = [[1, "ann", 30], [2, "bob", 41]]
records = [dict(zip(keys, row)) for row in rows]
print(records)
print([r["name"] for r in records if r["age"] > 35])
cols = {k: [r[k] for r in records] for k in keys}
print(cols)
