s = "abracadabra"
positions = []
i = s.find("abra")
while i != -1:
    positions.append(i)
    i = s.find("abra", i + 1)
print(positions)
print([i for i, c in enumerate(s) if c == "a"])
print(s.find("cad"), s.rfind("a"), s.find("a", -3))
