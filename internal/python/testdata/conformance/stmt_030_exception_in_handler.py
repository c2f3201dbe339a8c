try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(e)
    print(type(e.__context__).__name__)
try:
    raise RuntimeError("x")
except RuntimeError as e:
    err = e
print(type(err).__name__, err)
