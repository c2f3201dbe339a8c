from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
print(Color(1))
print(Color(5))
