d = {i: str(i) for i in range(5)}
del d[0]
del d[3]
print(d, len(d))
for k in list(d):
    if k % 2:
        del d[k]
print(d)
print(d == {2: "2", 4: "4"})
print({1: 2} == {1: 2.0})
