globals().update({"injected": 42, "other_name": "hi"})
print(injected + 1)
print(other_name)
def use():
    return injected * 2
print(use())
g = globals()
g["later"] = [1]
print(later)
print("injected" in globals())
