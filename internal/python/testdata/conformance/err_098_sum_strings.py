# sum() refuses string start values
print(sum([1, 2]))
sum(["a", "b"], "")
