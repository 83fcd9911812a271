memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print([fib(i) for i in range(20)])
print(fib(100))
print(fib(150), len(memo))
print(len(str(fib(150))), fib(150) % 1000000007)
even = [n for n in range(60) if fib(n) % 2 == 0]
print(even)
ratio = fib(60) / fib(59)
print(ratio, round(ratio, 10))
calls = {"n": 0}
def slow_fib(n):
    calls["n"] += 1
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(18), calls["n"])
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(all(fib_iter(i) == fib(i) for i in range(150)), fib_iter(300) % 10 ** 12)
