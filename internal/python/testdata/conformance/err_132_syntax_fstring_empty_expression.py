name = "x"
print(f"{name}")
print(f"value: {}")
