import os
print(os.getenv("SOME_UNSET_VAR_XYZ", "default"))
print(os.getenv("SOME_UNSET_VAR_XYZ"))
print(os.environ.get("SOME_UNSET_VAR_XYZ", "fallback"))
print("SOME_UNSET_VAR_XYZ" in os.environ)
