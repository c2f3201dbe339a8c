class A:
    def m(self):
        return "m"
print(A().m())
A.m()
