def inner():
    try:
        int("nope")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    inner()
except ValueError as e:
    print("outer got:", e)
