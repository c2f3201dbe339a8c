d = {"alpha": 1}
try:
    d["beta"]
except KeyError as e:
    print("str:", str(e))
    print("repr:", repr(e))
    print("arg:", e.args[0])
try:
    d[3]
except KeyError as e:
    print(e)
