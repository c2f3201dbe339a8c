items = [1, 2]
for i in items:

print("after loop")
