square = lambda x: x * x
print(square(3))
fail = lambda x: x.upper()
fail(5)
