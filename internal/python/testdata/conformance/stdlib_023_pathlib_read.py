from pathlib import Path
text = Path("data/sample.txt").read_text()
print(text.splitlines()[0])
print(len(text))
csv_text = (Path("data") / "codes.csv").read_text()
print(csv_text.splitlines()[0])
print(Path("data").is_dir(), Path("data/sample.txt").is_file())
print(sorted(p.name for p in Path("data").iterdir()))
