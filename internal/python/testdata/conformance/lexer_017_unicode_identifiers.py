café = 3
naïve = café * 2
print(café, naïve)
名前 = "name"
print(名前)
print(len("日本語"))
print("é" == "\u00e9")
