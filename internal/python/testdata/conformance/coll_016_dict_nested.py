config = {"db": {"host": "h", "ports": [1, 2]}, "debug": False}
print(config["db"]["ports"][-1])
config["db"]["ports"].append(3)
print(config)
config.setdefault("extra", {})["k"] = "v"
print(config["extra"])
print(sorted(config))
