class Rec:
    kind = "record"
    def __init__(self, a, b):
        self.b = b
        self.a = a
r = Rec(1, 2)
print(sorted(r.__dict__.items()))
print(r.__dict__)
r.c = 3
print(list(r.__dict__))
print("kind" in r.__dict__, r.kind)
