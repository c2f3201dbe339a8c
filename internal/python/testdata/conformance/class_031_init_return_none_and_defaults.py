class Settings:
    def __init__(self, verbose=False, level=1, tags=None):
        self.verbose = verbose
        self.level = level
        self.tags = tags if tags is not None else []
s1 = Settings()
s2 = Settings(True, tags=["x"])
s1.tags.append("a")
print(vars(s1))
print(vars(s2))
print(Settings(level=3).level)
