def add_greeting(cls):
    cls.greet = lambda self: f"hi from {type(self).__name__}"
    return cls
@add_greeting
class Thing:
    pass
print(Thing().greet())
def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco
@with_tag("v1")
class Other:
    pass
print(Other.tag, Other().tag)
