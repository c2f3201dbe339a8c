calls = []
def tag(label):
    def deco(f):
        def w(*a):
            calls.append(label)
            return f"<{label}>{f(*a)}</{label}>"
        return w
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("hi"))
print(calls)
