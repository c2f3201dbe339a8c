class Config:
    def __init__(self, data):
        self._data = dict(data)
    def __getitem__(self, key):
        return self._data[key]
    def __setitem__(self, key, value):
        self._data[key] = value
    def __delitem__(self, key):
        del self._data[key]
    def __contains__(self, key):
        return key in self._data
cfg = Config({"a": 1})
cfg["b"] = 2
print(cfg["a"], cfg["b"], "b" in cfg)
del cfg["a"]
print("a" in cfg)
