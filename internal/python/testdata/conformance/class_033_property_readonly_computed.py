class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last
    @property
    def full(self):
        return f"{self.first} {self.last}"
p = Person("Ada", "Lovelace")
print(p.full)
p.first = "Augusta"
print(p.full)
print(type(Person.full).__name__)
