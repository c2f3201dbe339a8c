a, *b = [1, 2, 3, 4]
print(a, b)
*c, d = "xyz"
print(c, d)
first, *mid, last = range(5)
print(first, mid, last)
p, *q = [1]
print(p, q)
head, *tail = (9, 8)
print(head, tail, type(tail).__name__)
