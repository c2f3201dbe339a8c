from datetime import date, timedelta
start = date(2020, 1, 28)
days = [start + timedelta(days=i) for i in range(5)]
print([d.isoformat() for d in days])
months = sorted({d.strftime("%Y-%m") for d in days})
print(months)
end = date(2020, 3, 1)
print((end - start).days // 7, "weeks")
print((date(2020, 12, 31) - date(2020, 1, 1)).days + 1)
