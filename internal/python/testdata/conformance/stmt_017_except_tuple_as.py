def check(v):
    try:
        if v == 0:
            return 1 / v
        if v == 1:
            return [][v]
        return int("x")
    except (ZeroDivisionError, IndexError) as e:
        return "arith/index: " + type(e).__name__
    except ValueError as e:
        return "value: " + str(e)
for v in range(3):
    print(check(v))
