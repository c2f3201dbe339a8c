class K:
    base = 10
    doubled = base * 2
    items = [i * 2 for i in range(2)]
    def method(self):
        return self.base
print(K.doubled, K.items, K().method())
x = "module"
class L:
    x = "class"
    def get(self):
        return x
print(L().get(), L.x)
