funcs = []
for i in range(3):
    def show():
        return i
    funcs.append(show)
print([fn() for fn in funcs])
bound = []
for i in range(3):
    def show(i=i):
        return i
    bound.append(show)
print([fn() for fn in bound])
