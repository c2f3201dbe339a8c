class Registry:
    instances = []
    def __init__(self, name):
        self.name = name
        Registry.instances.append(name)
    @classmethod
    def count(cls):
        return len(cls.instances)
Registry("a")
Registry("b")
print(Registry.count(), Registry.instances)
