x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, 5 <= x <= 5, 1 < x < 3)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4, 1 == 1 == 1.0, 1 != 2 != 1)
log = []
def v(n):
    log.append(n)
    return n
print(v(1) < v(2) < v(3), log)
log.clear()
print(v(3) < v(2) < v(1), log)
log.clear()
print(v(1) < v(5) > v(2) == v(2), log)
print("a" < "b" < "c", [1] < [2] < [3], (1,) <= (1,) < (1, 0))
print(0 < 0.5 < 1 < 2 ** 64 < float("inf"), -1 < -0.0 <= 0 <= 0.0)
a = b = c = 3
print(a == b == c, a is b is c, a < b == c, a <= b >= c)
print(1 in [1, 2] in [[1, 2]], 1 in [1] == [1], 2 not in [1] not in [[2]])
r = [n for n in range(20) if 3 < n < 8 or 15 <= n < 18]
print(r)
