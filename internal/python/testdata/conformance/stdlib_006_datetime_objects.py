from datetime import datetime, timedelta
dt = datetime(2020, 1, 2, 3, 4)
print(dt)
print(repr(dt))
print(dt.isoformat())
print(dt + timedelta(hours=22))
print(dt.year, dt.hour, dt.minute, dt.second)
print(datetime(2020, 1, 2, 3, 4, 5))
print(dt.date())
