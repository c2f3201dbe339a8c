# float() rejects non-numeric text
print(float("1.5"))
float("x")
