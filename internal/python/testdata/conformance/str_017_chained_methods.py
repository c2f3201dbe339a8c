raw = "  Name: Alice ;  Age: 30 ;City:  Paris "
fields = [p.strip() for p in raw.split(";")]
print(fields)
pairs = dict((k.strip().lower(), v.strip()) for k, v in (f.split(":") for f in fields))
print(pairs)
print(raw.strip().lower().replace(" ", ""))
