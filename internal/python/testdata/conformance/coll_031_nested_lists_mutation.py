matrix = [[1, 2, 3], [4, 5, 6]]
print(len(matrix), len(matrix[0]))
print([row[1] for row in matrix])
print([list(col) for col in zip(*matrix)])
matrix[1][2] = 60
print(matrix)
flat = [v for row in matrix for v in row]
print(flat)
