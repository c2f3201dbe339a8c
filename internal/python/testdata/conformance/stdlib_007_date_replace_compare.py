from datetime import date
d = date(2020, 2, 29)
print(d.replace(year=2024))
print(d.replace(month=3, day=1))
dates = [date(2021, 5, 1), date(2020, 12, 31), date(2021, 1, 15)]
print(sorted(dates))
print(min(dates), max(dates))
print([x.isoformat() for x in sorted(dates, reverse=True)])
print(date(2020, 1, 1) <= date(2020, 1, 1) < date(2020, 1, 2))
