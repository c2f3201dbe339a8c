import argparse
p = argparse.ArgumentParser()
p.add_argument("--maybe", default=argparse.SUPPRESS)
p.add_argument("--always", default="d")
a = p.parse_args([])
print(hasattr(a, "maybe"), hasattr(a, "always"))
print(sorted(vars(a).items()))
b = p.parse_args(["--maybe", "here"])
print(b.maybe, sorted(vars(b).items()))
