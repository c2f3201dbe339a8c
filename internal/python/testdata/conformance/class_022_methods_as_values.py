class Greeter:
    def __init__(self, who):
        self.who = who
    def greet(self, greeting="Hi"):
        return f"{greeting} {self.who}"
g = Greeter("ann")
m = g.greet
print(m(), m("Yo"))
print(Greeter.greet(g, "Hey"))
print(list(map(Greeter.greet, [Greeter("x"), Greeter("y")])))
