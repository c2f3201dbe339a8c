s = "  hello  "
print("[" + s.strip() + "]", "[" + s.lstrip() + "]", "[" + s.rstrip() + "]")
print("xxhixx".strip("x"))
print("abcba".strip("ab"))
print("www.example.com".lstrip("w."))
print("file.txt\n".rstrip())
print("\t tabbed \n".strip())
print("0042".lstrip("0"), "3.1400".rstrip("0"))
