print(1 == 1.0, 1.0 == True)
print(0 == False, 0.0 == -0.0)
print({1: "a"}[1.0])
d = {1: "int"}
d[1.0] = "float"
print(d)
print(len({1, 1.0, True}))
print(0.1 + 0.2 == 0.3)
print(round(0.1 + 0.2, 10) == 0.3)
