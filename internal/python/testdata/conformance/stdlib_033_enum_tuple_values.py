from enum import Enum
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.radius)
print(Planet.MERCURY.value)
print([p.name for p in Planet])
print(Planet((5.976e24, 6.37814e6)) is Planet.EARTH)
