class Widget:
    pass
w = Widget()
print(type(w).__name__)
print(w.__class__.__name__)
print(type(w) is Widget, w.__class__ is Widget)
print(Widget.__name__)
print(type(1).__name__, type("").__name__, type([]).__name__, type(None).__name__)
print(type(int).__name__)
