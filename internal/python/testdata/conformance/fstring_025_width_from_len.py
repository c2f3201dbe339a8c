names = ["a", "bbb", "cc"]
w = max(len(n) for n in names)
for n in names:
    print(f"|{n:<{w}}|{len(n):>3}|")
print("-" * (w + 6))
