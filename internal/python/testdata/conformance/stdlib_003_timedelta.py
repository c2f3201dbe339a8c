from datetime import timedelta
t = timedelta(days=2, hours=3)
print(t)
print(t.days, t.seconds)
print(repr(timedelta(days=5)))
print(timedelta(days=1) + timedelta(days=2) == timedelta(days=3))
print(timedelta(days=-1))
print(timedelta(hours=36).days, timedelta(minutes=90))
print(timedelta(days=7).total_seconds())
