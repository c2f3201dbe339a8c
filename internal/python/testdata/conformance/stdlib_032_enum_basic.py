from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED)
print(repr(Color.GREEN))
print(Color.RED.name, Color.RED.value)
print([c.name for c in Color])
print(Color(2), Color["BLUE"])
print(Color.RED is Color.RED, Color.RED == Color.GREEN)
print(isinstance(Color.RED, Color), len(Color))
