def f():
# only a comment follows
x = 1
print(x)
