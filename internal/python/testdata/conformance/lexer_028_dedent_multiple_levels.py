def outer():
    for i in range(3):
        if i == 1:
            for j in range(2):
                if j:
                    print("deep", i, j)
    print("back in outer")
outer()
print("module level")
