f = "report_2020.csv"
print(f.startswith("report"), f.endswith(".csv"))
print(f.endswith((".txt", ".csv")), f.startswith(("x", "y")))
print(f.startswith("2020", 7))
print("".startswith(""), "abc".endswith(""))
print(f.endswith("CSV"), f.lower().endswith("csv"))
