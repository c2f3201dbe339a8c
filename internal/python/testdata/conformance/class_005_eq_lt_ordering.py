class Ver:
    def __init__(self, major, minor):
        self.t = (major, minor)
    def __eq__(self, other):
        return self.t == other.t
    def __lt__(self, other):
        return self.t < other.t
    def __repr__(self):
        return f"{self.t[0]}.{self.t[1]}"
vs = [Ver(1, 2), Ver(0, 9), Ver(1, 0)]
print(sorted(vs))
print(Ver(1, 0) == Ver(1, 0), Ver(1, 0) != Ver(1, 1))
print(Ver(0, 1) < Ver(0, 2), Ver(2, 0) > Ver(1, 0))
print(max(vs), min(vs))
