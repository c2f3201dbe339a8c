import random
random.seed(1)
values = [random.random() for _ in range(3)]
print(len(values), all(0 <= v < 1 for v in values))
random.seed(1)
again = [random.random() for _ in range(3)]
print(values == again)
x = random.randint(1, 6)
print(1 <= x <= 6)
