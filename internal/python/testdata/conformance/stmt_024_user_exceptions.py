class AppError(Exception):
    pass
class ValidationError(AppError, ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
try:
    raise ValidationError("age", "must be positive")
except ValueError as e:
    print(type(e).__name__, e, e.field, e.args)
print(isinstance(ValidationError("a", "b"), AppError))
