errors = []
for func in [lambda: [][1], lambda: {}["k"], lambda: int("z"), lambda: None + 1, lambda: undefined]:
    try:
        func()
    except Exception as e:
        errors.append((type(e).__name__, str(e)))
for name, msg in errors:
    print(name, "|", msg)
