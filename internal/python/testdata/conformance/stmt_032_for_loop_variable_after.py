for i in range(3):
    pass
print(i)
for j in []:
    pass
print("j" in globals())
k = "kept"
for k in "xy":
    pass
print(k)
