print(r"C:\new\table")
print(R'\d+\.\d*')
print(len(r"\n"))
print(r"a\"b")
print(r'\'')
print(r"x\ty" == "x\\ty")
print(r"""raw
triple\n""")
