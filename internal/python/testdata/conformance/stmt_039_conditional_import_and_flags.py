import sys
DEBUG = "--flag" in sys.argv
if DEBUG:
    print("debug enabled")
else:
    print("debug disabled")
print(sys.argv[1:])
print(len(sys.argv))
