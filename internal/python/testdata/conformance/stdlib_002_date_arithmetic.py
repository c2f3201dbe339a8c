from datetime import date, timedelta
d = date(2020, 2, 27)
print(d + timedelta(days=3))
print(d - timedelta(days=60))
print(date(2021, 1, 1) - date(2020, 1, 1))
print((date(2021, 1, 1) - date(2020, 1, 1)).days)
print((date(2020, 1, 1) - date(2020, 3, 1)).days)
print(d + timedelta(weeks=1))
print(timedelta(days=1) * 3, timedelta(days=10) // 3)
