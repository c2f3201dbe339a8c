a, b = 2, 3
msg = (f"a={a}, "
       f"b={b}, "
       f"sum={a + b}")
print(msg)
block = f"""
first {a}
second {b}
"""
print(block.strip())
print(repr(block))
