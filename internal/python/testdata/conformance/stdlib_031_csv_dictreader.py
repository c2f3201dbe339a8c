import csv
with open("data/codes.csv", newline="") as fh:
    records = list(csv.DictReader(fh))
print(len(records))
print(records[0])
print([r["code"] for r in records if r["category"] == "resp"])
by_cat = {}
for r in records:
    by_cat.setdefault(r["category"], []).append(r["term"])
print(by_cat)
