fh = open("data/codes.csv")
with fh:
    header = fh.readline().strip()
print(header.split(","))
print(fh.closed)
with open("data/config.json") as a, open("data/codes.csv") as b:
    print(a.read(1), b.read(4))
