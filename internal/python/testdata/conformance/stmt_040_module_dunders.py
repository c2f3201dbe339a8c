print(__name__)
print(__file__)
print(__name__ == "__main__")
if __name__ != "__main__":
    print("imported-style run")
print(type(__builtins__).__name__ in ("module", "dict"))
