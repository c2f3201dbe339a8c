def outer():
    def inner(d):
        key = "needed"
        return d[key]
    print("outer running")
    return inner({"other": 1})
outer()
