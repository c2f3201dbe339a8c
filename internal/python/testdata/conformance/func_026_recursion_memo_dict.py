memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result
print(fib(80))
print(len(memo))
def count_paths(r, c, cache={}):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in cache:
        cache[(r, c)] = count_paths(r - 1, c) + count_paths(r, c - 1)
    return cache[(r, c)]
print(count_paths(10, 10))
