try:
    {}["missing"]
except:
    print("bare except caught it")
try:
    x = undefined_name
except Exception as e:
    print(type(e).__name__, e)
print("continuing")
