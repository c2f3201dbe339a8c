import functools
import operator
print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(operator.mul, range(1, 6), 1))
print(functools.reduce(operator.or_, [1, 2, 4, 8]))
print(functools.reduce(operator.and_, [{1, 2, 3}, {2, 3}, {3, 4}]))
print(sorted(functools.reduce(operator.or_, [{1}, {2}, {1, 3}])))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
print(functools.reduce(operator.add, [], 0))
