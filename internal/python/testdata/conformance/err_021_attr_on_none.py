value = None
print(value)
value.strip()
