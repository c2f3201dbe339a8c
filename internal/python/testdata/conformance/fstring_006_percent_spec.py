r = 0.4567
print(f"{r:%}")
print(f"{r:.1%}")
print(f"{r:.0%}")
print(f"{1:.2%}")
print(f"{0.5:>8.1%}|")
