class Item:
    def __init__(self, name, price):
        self.name, self.price = name, price
    def __lt__(self, other):
        return self.price < other.price
    def __le__(self, other):
        return self.price <= other.price
    def __repr__(self):
        return self.name
items = [Item("c", 3), Item("a", 1), Item("b", 2)]
print(sorted(items), sorted(items, reverse=True))
print(Item("x", 1) <= Item("y", 1), Item("x", 2) > Item("y", 1))
