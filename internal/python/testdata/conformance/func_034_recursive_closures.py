def make():
    def even(n):
        return True if n == 0 else odd(n - 1)
    def odd(n):
        return False if n == 0 else even(n - 1)
    return even, odd
even, odd = make()
print(even(10), odd(7), even(3))
def walk(tree, depth=0):
    name, children = tree
    print("  " * depth + name)
    for child in children:
        walk(child, depth + 1)
walk(("root", [("a", [("a1", [])]), ("b", [])]))
