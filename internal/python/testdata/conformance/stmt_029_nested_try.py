def risky(n):
    try:
        try:
            if n == 1:
                raise KeyError("inner")
            if n == 2:
                raise ValueError("other")
            return "ok"
        except KeyError as e:
            return f"inner handled {e}"
        finally:
            print("inner finally", n)
    except ValueError as e:
        return f"outer handled {e}"
for n in range(3):
    print(risky(n))
