class C:
    shared = []
    count = 0
    def __init__(self):
        C.count += 1
a, b = C(), C()
a.shared.append("x")
print(b.shared, C.count)
a.count = 100
print(a.count, b.count, C.count)
del a.count
print(a.count)
b.shared = ["own"]
print(a.shared, b.shared, C.shared)
