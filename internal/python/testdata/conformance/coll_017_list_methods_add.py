xs = [1, 2]
xs.append(3)
xs.extend([4, 5])
xs.extend("ab")
xs.insert(0, 0)
xs.insert(-1, "ins")
xs.insert(100, "end")
print(xs)
print(len(xs))
