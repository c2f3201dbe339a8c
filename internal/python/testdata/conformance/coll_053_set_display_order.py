# Set displays of ints iterate in CPython's order, which depends on how the
# display is built (all-constant displays of 3+ items are folded).
print({10, 2, 18})
print({3, 1, 2})
print({-1, 5, 100, 7})
x = 5
print({x, 1, 9})
print({1, 9})
print({33, 1, 65, 17})
y = 33
print({y, 1, 65, 17})
print({8, 16, 0, 24, 32, 40, 48, 56})
print(set([10, 2, 18]), {*[10, 2, 18]})
print({i for i in (10, 2, 18)})
print({2 + 8, 2, 9 * 2}, {-10, -2, -18})
print({(1, 2), (3, 4), (5, 6)} == {(5, 6), (3, 4), (1, 2)})
