print(ord("A"), ord("z"), chr(97), chr(0x263A) == "\u263a")
print([ord(c) - ord("a") for c in "abc"])
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(max("hello"), min("hello"))
