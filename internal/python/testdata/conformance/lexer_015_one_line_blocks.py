def sq(x): return x * x
class P: pass
print(sq(5))
while False: pass
if sq(2) == 4: print("ok")
else: print("no")
print(P.__name__)
