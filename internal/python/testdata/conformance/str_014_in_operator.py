print("ell" in "hello", "xyz" in "hello")
print("" in "", "a" not in "bcd")
print("Hello".lower() in ["hello", "world"])
email = "user@example.com"
print("@" in email and "." in email.split("@")[1])
