from datetime import date, datetime
d = date(2021, 7, 4)
print(d.strftime("%Y-%m-%d"))
print(d.strftime("%Y-%m"))
print(d.strftime("%d/%m/%Y"))
print(d.strftime("%Y%m%d"))
dt = datetime(2020, 1, 2, 3, 4)
print(dt.strftime("%d_%m_%Y_%H_%M"))
print(dt.strftime("%H:%M:%S"))
