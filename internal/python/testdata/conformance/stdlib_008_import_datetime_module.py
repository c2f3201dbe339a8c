import datetime
d = datetime.date(2019, 12, 31)
print(d + datetime.timedelta(days=1))
print(repr(d))
print(datetime.datetime(2021, 6, 1, 12, 30))
print(datetime.date.fromisoformat("2000-01-01").year)
print(type(d).__name__)
print(isinstance(datetime.datetime(2020, 1, 1), datetime.date))
