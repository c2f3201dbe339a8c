from datetime import date
d = date(2020, 1, 1)
print(d)
print(repr(d))
print(str(d), d.isoformat())
print(d.year, d.month, d.day)
print(date(2021, 12, 31) > d, d == date(2020, 1, 1))
print(date(2024, 2, 29).weekday(), d.weekday())
