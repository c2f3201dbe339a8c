for n in [2, 3, 4]:
    if n == 10:
        break
else:
    print("no break happened")
for n in [2, 3, 4]:
    if n == 3:
        print("found 3")
        break
else:
    print("not printed")
for n in []:
    pass
else:
    print("empty loop else")
