REGISTRY = {}
def register(name=None):
    def deco(f):
        REGISTRY[name or f.__name__] = f
        return f
    return deco
@register()
def alpha():
    return "a"
@register("custom")
def beta():
    return "b"
print(sorted(REGISTRY))
print(REGISTRY["custom"](), alpha())
