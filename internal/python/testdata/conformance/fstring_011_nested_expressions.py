items = [3, 1, 2]
print(f"{sorted(items)}")
print(f"{sum(x * 2 for x in items)}")
print(f"{'yes' if items else 'no'}")
print(f"{[i for i in range(3)]}")
print(f"{ {'a': 1}['a'] }")
print(f"{(lambda v: v + 1)(1)}")
print(f"{f'{1 + 1}'}")
