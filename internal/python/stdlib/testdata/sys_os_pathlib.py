import sys, os, os.path
from pathlib import Path
print(sys.argv, sys.argv[1:], len(sys.argv))
sys.stdout.write("written\n")
print(os.getenv("OSG_TEST"), os.getenv("NOPE"), os.getenv("NOPE", "dflt"), os.environ.get("OSG_TEST"), os.environ["OSG_TEST"])
print(os.path.join("a", "b", "c.csv"), os.path.join("a/", "b"), os.path.join("a", "/b"), os.path.basename("a/b/c.txt"), os.path.dirname("a/b/c.txt"))
print(os.path.splitext("a/b.tar.gz"), os.path.splitext(".bashrc"), os.path.split("a/b"), os.path.basename(__file__))
print(os.path.exists("json_basic.json"), os.path.exists("nope.txt"), os.path.isfile("json_basic.json"), os.path.isdir("json_basic.json"))
print(os.path.normpath("a/./b/../c"), os.sep, os.path.isabs("/x"))
x = Path("a", "b/c.tar.gz")
print(repr(x), str(x), x.name, x.stem, x.suffix, x.suffixes, repr(x.parent), x.parts)
print(repr(x.with_suffix(".csv")), repr(x.with_name("z.txt")), repr("q" / x), repr(x / "d"), repr(Path()), repr(Path("/")))
print(repr(Path("/a/b").parent.parent.parent), repr(Path("a//b/./c/")), [str(p) for p in x.parents])
print(x == Path("a/b/c.tar.gz"), Path("a") < Path("b"), repr(x.joinpath("y", "z")), x.as_posix(), x.is_absolute())
print(f"{x}", "{}".format(x), {x: 1}[Path("a/b/c.tar.gz")], repr(Path("a/b").relative_to("a")))
p = Path("json_basic.json")
print(p.exists(), p.is_file(), p.is_dir(), Path(".").is_dir(), Path("missing").exists())
text = p.read_text()
print(text.strip())
with open(p) as f:
    print(f.read().strip()[:10])
with p.open() as f:
    print(f.readline().strip()[:10])
print(os.fspath(p), type(os.fspath(p)).__name__)
try:
    x.with_suffix("csv")
except ValueError as e:
    print("ValueError", e)
try:
    Path(1)
except TypeError as e:
    print("TypeError", e)
try:
    Path("nope").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    sys.exit(3)
except SystemExit as e:
    print("exit", e.code)
sys.exit("bye")
