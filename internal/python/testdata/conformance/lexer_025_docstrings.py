"""Module docstring."""
def f():
    """Function docstring."""
    return 1
class C:
    """Class docstring."""
    x = 2
print(f(), C.x)
print(f.__doc__)
print(C.__doc__)
print(__doc__)
