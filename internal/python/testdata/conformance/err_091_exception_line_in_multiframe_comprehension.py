def parse_all(items):
    return [int(s) for s in items]
def main():
    print(parse_all(["1", "2"]))
    return parse_all(["3", "x"])
main()
