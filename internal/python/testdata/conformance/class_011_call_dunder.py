class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return len(args)
c = Counter()
print(c(), c(1, 2), c("x"))
print(c.calls)
print(callable(c))
