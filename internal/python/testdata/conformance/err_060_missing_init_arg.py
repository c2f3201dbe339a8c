class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(P(1, 2).x)
P(1)
