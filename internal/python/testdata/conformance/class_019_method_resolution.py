class Base:
    def who(self):
        return "Base"
    def hello(self):
        return "hello from " + self.who()
class Left(Base):
    def who(self):
        return "Left"
class Right(Base):
    def who(self):
        return "Right"
class Both(Left, Right):
    pass
print(Both().hello())
print([c.__name__ for c in Both.__mro__])
print(Right().hello())
