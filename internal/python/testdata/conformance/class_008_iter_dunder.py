class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return iter(range(self.start, 0, -1))
c = Countdown(3)
print(list(c))
for x in c:
    print(x, end=" ")
print()
print(sum(c), sorted(c), 2 in c)
a, b, d = c
print(a, b, d)
