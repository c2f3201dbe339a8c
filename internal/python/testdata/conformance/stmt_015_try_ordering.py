def trial(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise RuntimeError("boom")
        log.append("try-end")
    except RuntimeError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(trial(False))
print(trial(True))
