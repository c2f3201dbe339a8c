class Status:
    ACTIVE = "active"
    INACTIVE = "inactive"
    ALL = (ACTIVE, INACTIVE)
print(Status.ACTIVE, Status.ALL)
print([s.upper() for s in Status.ALL])
print(sorted(k for k in vars(Status) if not k.startswith("_")))
