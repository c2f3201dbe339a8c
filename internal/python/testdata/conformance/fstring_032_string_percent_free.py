width = 6
for value in [1, 22, 333]:
    print(f"{value:>{width}}", f"{value:<{width}}|", f"{value:^{width}}|")
print(f"{'':>3}|")
print(f"{'x':3}|{5:3}|")
