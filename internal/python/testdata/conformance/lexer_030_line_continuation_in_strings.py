msg = ("first part, "
       "second part, "
       f"third {1 + 2}")
print(msg)
s = 'abc\
def'
print(s)
long = """\
no leading newline"""
print(long)
