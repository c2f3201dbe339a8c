y, m, d = 2021, 3, 7
print(f"{y}-{m:02d}-{d:02d}")
print(f"{y:04d}{m:02}{d:02}")
print("{:02d}:{:02d}".format(9, 5))
print(f"{0:03}")
