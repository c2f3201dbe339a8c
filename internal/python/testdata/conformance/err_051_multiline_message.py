# newlines in the message are escaped in the trailer line
print("multi")
raise ValueError("first line\nsecond line")
