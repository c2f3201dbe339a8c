from datetime import date, timedelta
d = date(2021, 3, 10)
monday = d - timedelta(days=d.weekday())
print(monday, monday.weekday())
print(d.isoweekday(), d.strftime("%A %B"))
print((date(2021, 12, 25) - d).days)
print(d.toordinal() - date(2021, 1, 1).toordinal())
print(date.fromordinal(d.toordinal() + 1))
