parts = [f"{k}={v}" for k, v in {"a": 1, "b": 2}.items()]
print(", ".join(parts))
print(" ".join(f"{i:02}" for i in range(3)))
print("\n".join(f"row {r}" for r in range(2)))
