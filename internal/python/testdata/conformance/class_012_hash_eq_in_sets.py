class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k.lower() == other.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return f"Key({self.k})"
s = {Key("A"), Key("a"), Key("b")}
print(len(s))
d = {Key("x"): 1}
print(d[Key("X")])
print(Key("Q") in {Key("q")})
