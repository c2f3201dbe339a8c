words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words))
print(min(words), max(words))
print("a" < "b" < "c")
word = "abc"
print(word == "abc", word is not None)
print("10" < "9", 10 < 9)
print("A".lower() == "a")
