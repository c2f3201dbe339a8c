for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)"]:
    try:
        if expr == "1 / 0":
            1 / 0
        elif expr == "1 // 0":
            1 // 0
        elif expr == "1 % 0":
            1 % 0
        elif expr == "1.0 / 0":
            1.0 / 0
        else:
            divmod(1, 0)
    except ZeroDivisionError as e:
        print(expr, "->", e)
