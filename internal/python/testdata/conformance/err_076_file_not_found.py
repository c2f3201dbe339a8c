with open("data/sample.txt") as fh:
    print(fh.readline().strip())
with open("data/does_not_exist.txt") as fh:
    print(fh.read())
