def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for e in x:
        out += flatten(e)
    return out
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print([fact(i) for i in range(12)], fact(30))
print([fib(i) for i in range(15)])
print(hanoi(3, "A", "B", "C", []), len(hanoi(6, "A", "B", "C", [])))
print(flatten([1, [2, [3, [4, [5]]]], [], [[6, 7]]]))
print(power_set([1, 2, 3]))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(150))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(1, 5))
