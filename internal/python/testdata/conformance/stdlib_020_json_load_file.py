import json
with open("data/config.json") as fh:
    cfg = json.load(fh)
print(sorted(cfg))
print(cfg["name"], cfg["version"], cfg["enabled"], cfg["owner"])
print(cfg["tags"], cfg["window"]["start"])
print(cfg["accent"], len(cfg["accent"]))
print(json.dumps(cfg["window"], sort_keys=True))
