# The !a conversion escapes non-ASCII characters of the repr, in f-strings
# and in str.format alike.
name = "café"
print(f"{name!a}", "{!a}".format(name), "{0!a:>12}|".format(name))
print(f"{'ü'!a}", ascii(["ü", 1]))
print("{!r} {!s}".format("é", "é"))
