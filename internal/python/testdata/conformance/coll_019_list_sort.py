xs = [3, 1, 2]
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: (-len(w), w))
print(words)
print(xs.sort() is None)
xs.reverse()
print(xs)
