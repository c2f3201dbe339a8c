name = "abc"
print(f"[{name:>10}]")
print(f"[{name:<10}]|")
print(f"[{name:^9}]")
print(f"[{name:*^9}]")
print(f"[{name:-<6}]")
print(f"[{name:.2}]")
print(f"[{name:5.1}]")
print(f"[{'toolongvalue':>4}]")
