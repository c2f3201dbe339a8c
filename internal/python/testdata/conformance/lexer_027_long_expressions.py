value = (1 + 2 * 3 - 4 / 2 + 10 // 3 - 10 % 3 + 2 ** 3 ** 2
         - (5 - 3) * (2 + 2))
print(value)
flags = [x for x in range(20) if x % 2 == 0 if x % 3 == 0]
print(flags)
print(sum(i * i for i in range(10)))
