class Squares:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * self.i
print(list(Squares(4)))
s = Squares(2)
print(next(s), next(s), next(s, "stop"))
print([x for x in Squares(3)])
