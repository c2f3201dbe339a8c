with open("data/sample.txt", "r") as fh:
    for i, line in enumerate(fh):
        print(i, repr(line))
with open("data/sample.txt") as fh:
    lines = fh.readlines()
print(len(lines), repr(lines[-1]))
with open("data/sample.txt") as fh:
    stripped = [l.rstrip("\n") for l in fh if l.strip()]
print(stripped)
