try:
    int("bad")
except ValueError as e:
    print("handled once:", e)
    raise
