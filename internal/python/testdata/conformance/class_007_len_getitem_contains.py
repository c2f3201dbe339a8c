class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, x):
        return x in self.items
b = Bag("a", "b", "c")
print(len(b), b[0], b[-1], b[1:])
print("b" in b, "z" in b)
print(list(b))
print(bool(Bag()), bool(b))
