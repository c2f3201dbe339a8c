value = "text"
print(f"{value:>6}")
print(f"{value:d}")
