class Shape:
    sides = 0
    name = "shape"
    def info(self):
        return f"{self.name} with {self.sides} sides"
class Triangle(Shape):
    sides = 3
    name = "triangle"
class Square(Shape):
    sides = 4
    def __init__(self):
        self.name = "my square"
print(Shape().info())
print(Triangle().info())
print(Square().info(), Square.name)
