# from-import of a module that is not installed
print("before import")
from numpy import array
