class ConfigError(Exception):
    pass
def load(d):
    try:
        return d["path"]
    except KeyError as e:
        raise ConfigError("missing path") from e
try:
    load({})
except ConfigError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
