def describe(e):
    if isinstance(e, KeyError):
        return "key " + str(e)
    if isinstance(e, (ValueError, TypeError)):
        return "bad " + type(e).__name__
    return "other"
print(describe(KeyError("x")))
print(describe(ValueError()))
print(describe(TypeError("t")))
print(describe(RuntimeError()))
