print("module")
if True:
    break
