def f():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(f())
def g():
    try:
        return 1
    finally:
        print("g cleanup")
print(g())
