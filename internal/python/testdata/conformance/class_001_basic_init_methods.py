class Dog:
    species = "canis"
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
    def speak(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self.age
d = Dog("Rex")
print(d.speak(), d.age, d.birthday(), d.age)
print(d.species, Dog.species)
print(Dog("Fido", 5).age)
