import csv
with open("data/codes.csv", newline="") as fh:
    reader = csv.reader(fh)
    header = next(reader)
    rows = list(reader)
print(header)
for row in rows:
    print(row)
print(len(rows), rows[1][1])
