files = ["a.py", "b.txt", "c.py", "readme.md", "test_a.py"]
print([f for f in files if f.endswith(".py")])
print([f for f in files if f.startswith("test_")])
print([f.rsplit(".", 1)[0] for f in files])
print(sorted(set(f.split(".")[-1] for f in files)))
