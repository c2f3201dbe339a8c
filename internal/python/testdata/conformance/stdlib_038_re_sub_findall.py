import re
print(re.sub(r"\s+", " ", "a   b \t c"))
print(re.sub(r"(\d+)", r"<\1>", "x1y22z"))
print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\w)=(\d)", "a=1, b=2"))
print(re.split(r"[,;]\s*", "a, b;c"))
print(re.sub(r"[aeiou]", "", "education", count=2))
