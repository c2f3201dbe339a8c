text = """line one
  line two
line three"""
print(text)
print(text.count("\n"))
other = '''a
b'''
print(repr(other))
