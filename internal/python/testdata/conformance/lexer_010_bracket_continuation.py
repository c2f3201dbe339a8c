values = [
    1,
    2,
        3,
  4,
]
print(values)
result = (10
          + 20
    - 5)
print(result)
d = {
    "a": 1,

    "b": 2,
}
print(d)
