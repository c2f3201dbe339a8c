def get():
    return None
total = 5
print(total)
total = total + get()
