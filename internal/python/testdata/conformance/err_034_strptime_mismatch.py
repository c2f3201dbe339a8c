from datetime import datetime
print(datetime.strptime("2020-01-02", "%Y-%m-%d").date())
datetime.strptime("2020/01/02", "%Y-%m-%d")
