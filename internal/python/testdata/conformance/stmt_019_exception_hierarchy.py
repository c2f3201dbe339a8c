def classify(exc):
    try:
        raise exc
    except LookupError:
        return "lookup"
    except ArithmeticError:
        return "arith"
    except Exception:
        return "exception"
for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), TypeError()]:
    print(type(exc).__name__, classify(exc))
print(issubclass(KeyError, LookupError), issubclass(ValueError, Exception))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(Exception, BaseException))
