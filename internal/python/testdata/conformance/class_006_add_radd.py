class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return Money(self.cents + other)
    def __radd__(self, other):
        return self.__add__(other)
    def __repr__(self):
        return f"Money({self.cents})"
print(Money(5) + Money(7))
print(Money(5) + 3)
print(3 + Money(5))
print(sum([Money(1), Money(2), Money(3)]))
