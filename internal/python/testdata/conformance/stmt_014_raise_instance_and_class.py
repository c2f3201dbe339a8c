try:
    raise ValueError("bad value")
except ValueError as e:
    print(type(e).__name__, e)
try:
    raise KeyError
except KeyError as e:
    print("class raised:", repr(e), e.args)
try:
    raise TypeError()
except TypeError as e:
    print("str:", repr(str(e)))
