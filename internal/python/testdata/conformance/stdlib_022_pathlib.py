from pathlib import Path
p = Path("data") / "codes.csv"
print(str(p))
print(p.name, p.stem, p.suffix)
print(str(p.parent), p.parent.name)
print(p.exists(), (Path("data") / "nope.txt").exists())
q = Path("a/b/c.tar.gz")
print(q.suffix, q.stem, q.suffixes)
print(str(Path("x", "y", "z.txt")))
