from datetime import date
print(date.fromisoformat("2020-01-31"))
date.fromisoformat("31/01/2020")
