x = "global"
def read_global():
    return x
def shadow():
    x = "local"
    return x
def nested():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(read_global(), shadow(), nested(), x)
len_backup = len
def len_shadow():
    len = lambda s: -1
    return len("abc")
print(len_shadow(), len("abc"))
