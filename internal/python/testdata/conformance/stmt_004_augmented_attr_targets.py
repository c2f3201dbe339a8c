class C:
    pass
c = C()
c.n = 1
c.n += 10
c.items = []
c.items += ["x"]
print(c.n, c.items)
grid = [[1, 2], [3, 4]]
grid[1][0] *= 10
print(grid)
