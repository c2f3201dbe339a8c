class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x!r}, {self.y!r})"
class W(V):
    def __str__(self):
        return f"<{self.x},{self.y}>"
v, w = V(1, "a"), W(2, 3)
print(v, str(v), repr(v))
print(w, repr(w))
print([v, w])
print(f"{w} {w!r}")
