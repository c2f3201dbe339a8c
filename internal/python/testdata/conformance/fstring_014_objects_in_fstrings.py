class P:
    def __init__(self, x):
        self.x = x
    def __str__(self):
        return f"P<{self.x}>"
    def __repr__(self):
        return f"P({self.x!r})"
p = P("q")
print(f"{p}")
print(f"{p!r}")
print(f"{p!s:>8}")
print(f"{[p]}")
