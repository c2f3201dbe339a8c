out = []
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    out.append(i)
print(out)
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
