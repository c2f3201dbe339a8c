s = "hello World of PYTHON"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("it's a test".title())
print("MiXeD 123".lower(), "MiXeD 123".upper())
