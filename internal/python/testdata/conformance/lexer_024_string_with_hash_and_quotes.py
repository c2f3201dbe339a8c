s = "a # b"
print(s)
t = 'He said "hi" # really'
print(t)
u = """She said 'yes' and "no" """
print(u)
print('''"''' + """'""")
