def outer(n):
    def helper(m):
        return m * 2
    def other():
        return helper(n) + 1
    return other()
print(outer(5))
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(str, abs, lambda v: v - 10)(3))
