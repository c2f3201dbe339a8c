# an exception with no arguments has an empty str()
print("empty")
raise RuntimeError()
