def noop():
    pass
class Empty:
    pass
for _ in range(2):
    pass
if True:
    pass
print(noop(), Empty.__name__)
while False:
    pass
print("end")
