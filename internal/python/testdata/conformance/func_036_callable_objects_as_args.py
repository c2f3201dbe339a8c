class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(1))
print(list(map(Adder(10), [1, 2, 3])))
print(callable(add5), callable(Adder))
print(sorted([3, 1, 2], key=Adder(-1)))
