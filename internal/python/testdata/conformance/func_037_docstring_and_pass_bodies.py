def todo():
    """Not implemented yet."""
def also_todo():
    ...
print(todo(), also_todo())
print(todo.__doc__)
print(also_todo.__doc__)
