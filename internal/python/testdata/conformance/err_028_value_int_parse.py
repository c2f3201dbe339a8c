# int() rejects non-numeric text
print(int("12"))
int("abc")
