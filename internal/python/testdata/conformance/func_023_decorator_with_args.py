def repeat(times):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def ping(x):
    return f"ping {x}"
print(ping(1))
@repeat(times=2)
def pong():
    return "pong"
print(pong())
