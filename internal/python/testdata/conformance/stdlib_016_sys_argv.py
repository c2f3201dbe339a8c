import sys
print(sys.argv)
print(sys.argv[0].endswith(".py"))
args = sys.argv[1:]
flags = [a for a in args if a.startswith("--")]
print(flags)
n = int(args[args.index("--n") + 1])
print(n * 2)
