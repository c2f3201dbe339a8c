import re
pat = re.compile(r"^(?P<code>[A-Z]\d{2})\.(\d)$")
for s in ["E11.9", "e11.9", "I10.0"]:
    m = pat.match(s)
    if m:
        print(s, m.group("code"), m.group(2), m.groups())
    else:
        print(s, "no match")
print(pat.findall("A01.1"))
word = re.compile(r"\b\w{4}\b")
print(word.findall("this is some text here"))
