class Flag:
    def __init__(self, on):
        self.on = bool(on)
    def __bool__(self):
        return self.on
class Sized:
    def __len__(self):
        return 0
print(bool(Flag(True)), bool(Flag(False)), bool(Sized()))
if not Flag(False):
    print("falsy flag")
print(Flag(False) or "fallback")
print([f.on for f in [Flag(1), Flag(0)] if f])
