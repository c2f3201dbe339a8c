import argparse
import sys
print(sys.argv[1:])
p = argparse.ArgumentParser()
p.add_argument("--n", type=int, default=0)
p.add_argument("--flag", action="store_true")
args, unknown = p.parse_known_args()
print(args.n, args.flag, unknown)
args2, rest = p.parse_known_args(["--n", "5", "--other", "x"])
print(args2.n, rest)
