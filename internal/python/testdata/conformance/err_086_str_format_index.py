# too few positional arguments for str.format
print("{} {}".format("a", "b"))
print("{} {}".format("a"))
