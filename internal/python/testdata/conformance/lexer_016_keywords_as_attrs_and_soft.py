class Obj:
    pass
o = Obj()
o.match = 1
o.case = 2
o.type = 3
match = o.match + o.case
print(match, o.type)
_ = 5
print(_)
__x = 7
print(__x)
