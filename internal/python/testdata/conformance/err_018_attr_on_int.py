x = 3
print(x.real)
x.foo
