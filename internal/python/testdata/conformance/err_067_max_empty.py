# max() of an empty sequence without default
print(max([1, 2]))
print(max([]))
