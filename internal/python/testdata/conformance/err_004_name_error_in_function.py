def helper():
    return undefined_helper_value * 2
print("calling")
helper()
