rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("fig", 100, 1.125)]
print(f"{'name':<8}{'qty':>5}{'price':>8}")
for name, qty, price in rows:
    print(f"{name:<8}{qty:>5d}{price:>8.2f}")
total = sum(q * p for _, q, p in rows)
print(f"{'total':<8}{total:>13.3f}")
