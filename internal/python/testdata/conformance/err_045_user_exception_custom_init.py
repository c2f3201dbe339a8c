class CodeError(ValueError):
    def __init__(self, code, reason):
        super().__init__(f"code {code!r}: {reason}")
        self.code = code
print("about to fail")
raise CodeError("X99", "unknown code")
