s = "hello"
for ch in s:
    print(ch, end=" ")
print()
print(s[0], s[-1], s[1:4])
print(list(s))
print([c for c in s if c in "aeiou"])
print("".join(reversed(s)))
print(s * 2, len(s * 2))
