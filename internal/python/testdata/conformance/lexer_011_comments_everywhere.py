# leading comment
x = 1  # trailing comment
# between
y = [  # after bracket
    1,  # first
    # alone inside brackets
    2,
]  # after close
def f():  # on def line
    # inside body
    return x + sum(y)  # trailing
print(f())  # done
print("# not a comment")
