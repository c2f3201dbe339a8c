target = 7
found = None
for i in range(5):
    for j in range(5):
        if i * j == target + 5:
            found = (i, j)
            break
    if found:
        break
print(found)
print(i, j)
