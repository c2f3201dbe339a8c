def f(x):
    try:
        v = 10 / x
    except ZeroDivisionError:
        print("div by zero")
        return None
    else:
        print("no error, v =", v)
        return v
    finally:
        print("finally for", x)
print(f(2))
print(f(0))
