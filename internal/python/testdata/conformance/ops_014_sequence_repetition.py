print("ab" * 3)
print(3 * "x")
print([0] * 4)
print([1, 2] * 2)
print((1,) * 3)
print("a" * 0, [1] * -1)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
