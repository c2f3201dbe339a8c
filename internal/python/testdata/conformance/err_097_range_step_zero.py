# range() step must not be zero
print(list(range(0, 4, 2)))
range(0, 4, 0)
