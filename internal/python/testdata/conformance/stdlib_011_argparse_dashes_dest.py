import argparse
p = argparse.ArgumentParser()
p.add_argument("--output-dir", default="out")
p.add_argument("--n-items", type=int)
p.add_argument("--x", dest="ex", default=0, type=int)
a = p.parse_args(["--output-dir=results", "--x", "7"])
print(a.output_dir, a.n_items, a.ex)
print(sorted(vars(a)))
print(hasattr(a, "x"))
