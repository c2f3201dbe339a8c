i = 0
while i < 3:
    i += 1
else:
    print("while finished", i)
j = 0
while j < 10:
    j += 1
    if j == 4:
        break
else:
    print("not printed")
print("j =", j)
