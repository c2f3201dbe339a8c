class Oops(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __str__(self):
        return f"oops code {self.code}"
try:
    raise Oops(42)
except Oops as e:
    print(e)
    print(e.args, e.code)
    print(f"{e!r}")
