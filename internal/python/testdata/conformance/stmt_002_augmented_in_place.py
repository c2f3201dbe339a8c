lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias)
s = "a"
s += "b"
print(s)
n = 5
n -= 2
n *= 3
print(n)
