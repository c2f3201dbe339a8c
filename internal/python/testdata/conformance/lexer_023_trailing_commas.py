t = 1,
print(t)
t2 = (1, 2,)
print(t2)
lst = [1, 2,]
print(lst)
d = {"a": 1,}
print(d)
def g(x, y,):
    return x + y
print(g(1, 2,))
