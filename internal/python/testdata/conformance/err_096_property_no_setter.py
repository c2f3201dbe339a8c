class A:
    @property
    def x(self):
        return 1
a = A()
print(a.x)
a.x = 2
