# str() of an exception with two args is the args tuple
print("two args")
raise ValueError("bad", 42)
