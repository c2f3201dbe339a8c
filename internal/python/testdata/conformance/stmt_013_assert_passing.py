x = 5
assert x == 5
assert x > 0, "must be positive"
assert [1], "non-empty list is truthy"
print("asserts passed")
try:
    assert x < 0, f"x was {x}"
except AssertionError as e:
    print("caught:", e)
try:
    assert False
except AssertionError as e:
    print("empty message:", repr(str(e)))
