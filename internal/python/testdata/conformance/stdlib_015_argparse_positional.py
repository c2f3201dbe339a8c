import argparse
p = argparse.ArgumentParser()
p.add_argument("study")
p.add_argument("--level", type=int, default=2)
a = p.parse_args(["mystudy", "--level", "4"])
print(a.study, a.level)
print(sorted(vars(a).items()))
