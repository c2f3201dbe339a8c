try:
    raise ValueError("temp")
except ValueError as exc:
    saved = exc
print("exc" in globals())
print(saved)
e = "before"
try:
    raise KeyError("k")
except KeyError as e:
    pass
print("e" in globals())
