s = "abcdefg"
print(s[2:5], s[-3:], s[::-1], s[::3])
t = (1, 2, 3, 4)
print(t[1:], t[::-1], t[:0])
print(s[5:2], s[-100:2])
print(t[-1], s[len(s) - 1])
