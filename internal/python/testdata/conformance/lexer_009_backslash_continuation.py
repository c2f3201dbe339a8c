total = 1 + \
    2 + \
    3
print(total)
if total > 5 and \
   total < 7:
    print("six")
name = "abc" \
    "def"
print(name)
