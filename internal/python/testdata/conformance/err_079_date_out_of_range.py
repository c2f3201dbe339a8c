from datetime import date
print(date(2020, 2, 29))
print(date(2021, 2, 29))
