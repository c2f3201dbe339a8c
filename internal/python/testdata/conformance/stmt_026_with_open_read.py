with open("data/sample.txt") as fh:
    content = fh.read()
print(repr(content))
print(len(content.splitlines()))
with open("data/sample.txt", encoding="utf-8") as fh:
    first = fh.readline()
    rest = fh.read()
print(repr(first))
print(rest.count("\n"))
