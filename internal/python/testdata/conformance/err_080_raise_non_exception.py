# only BaseException subclasses can be raised
print("raising a string")
raise "not an exception"
