nums = [4, 7, 1, 9]
print(sum(x for x in nums))
print(sum(x * 2 for x in nums if x > 3))
print(any(x > 8 for x in nums), all(x > 0 for x in nums))
print(list(x + 1 for x in nums))
print(max(x % 5 for x in nums))
print(tuple(str(x) for x in nums))
print(sorted((x for x in nums), reverse=True))
