print("start")
nonlocal x
x = 1
