# infinity cannot be converted to int
print(int(2.5))
int(float("inf"))
