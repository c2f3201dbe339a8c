def f(x):
	if x > 0:
		return "pos"
	return "nonpos"
print(f(1))
print(f(-1))
for i in range(2):
	print(i)
