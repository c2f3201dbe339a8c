counter = [0]
def next_id():
    counter[0] += 1
    return counter[0]
def f(x=next_id()):
    return x
print(f(), f(), f(10))
print(counter)
n = 5
def g(v=n):
    return v
n = 6
print(g())
