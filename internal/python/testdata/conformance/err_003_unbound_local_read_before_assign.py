def g(flag):
    if flag:
        value = 1
    return value
print(g(True))
print(g(False))
