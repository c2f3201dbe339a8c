from datetime import date, datetime
print(date.fromisoformat("2021-03-04"))
dt = datetime.strptime("2020-05-17", "%Y-%m-%d")
print(dt)
print(dt.date(), repr(dt.date()))
print(datetime.strptime("20200102", "%Y%m%d").date())
print(datetime.strptime("03/04/2021", "%d/%m/%Y").date().month)
