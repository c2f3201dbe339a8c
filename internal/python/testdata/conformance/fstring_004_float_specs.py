x = 3.14159
print(f"{x:.1f}")
print(f"{x:.3f}")
print(f"{x:8.2f}|")
print(f"{x:+.2f}")
print(f"{-x:.0f}")
print(f"{2.5:.0f} {3.5:.0f}")
print(f"{1234567.891:,.2f}")
print(f"{x:010.4f}")
