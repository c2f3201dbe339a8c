import re
m = re.match(r"(\w+)-(\d+)", "abc-123 rest")
print(m.group(0), m.group(1), m.group(2))
print(m.groups())
print(re.match(r"\d+", "abc"))
s = re.search(r"(\d{4})-(\d{2})", "date: 2021-07 ok")
print(s.group(), s.groups(), s.start(), s.end())
print(re.fullmatch(r"[a-z]+", "abc") is not None, re.fullmatch(r"[a-z]+", "abc1"))
