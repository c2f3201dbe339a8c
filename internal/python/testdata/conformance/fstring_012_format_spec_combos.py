v = 42
print(f"{v:>+6}|")
print(f"{v:=+6}|")
print(f"{v:0>6}|")
print(f"{v:x<6}|")
print(f"{-3.5:08.2f}")
print(f"{1e6:,.0f}")
print(f"{12345.678:>12,.1f}|")
