log = []
def t(name, val):
    log.append(name)
    return val
print(t("a", False) and t("b", True))
print(t("c", True) or t("d", True))
print(t("e", 0) or t("f", "") or t("g", "x"))
print(log)
