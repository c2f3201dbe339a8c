results = {}
for key in ["a", "b", "c"]:
    try:
        if key == "b":
            raise LookupError(key)
        results[key] = key.upper()
    except LookupError as e:
        results[key] = f"error:{e}"
    finally:
        results.setdefault("visited", []).append(key)
print(results)
