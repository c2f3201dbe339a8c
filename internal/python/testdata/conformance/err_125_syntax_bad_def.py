print("top")
def f(:
    return 1
