for v in [0, 1, -1, 2 ** 70, -(2 ** 70), 2.5, -0.0, True, False]:
    print(repr(v), -v, +v, repr(-v), abs(v), not v)
for v in [0, 5, -5, 255, True]:
    print(v, ~v, ~~v, -~v, ~-v)
print(- -1, -(-1), --1, +-1, -+1, not not 1, not not 0)
print(type(-True), type(+True), type(~False), +True, -False)
print(-float("inf"), -float("nan"), +(-0.0), -(+0.0))
x = 3
print(-x ** 2, (-x) ** 2, -(x ** 2), 2 ** -x, -2 ** -x)
print(-(-(2 ** 63)), -(2 ** 63), ~(2 ** 64), -~(2 ** 64))
print(not [], not [0], not "", not " ", not None, not 0.0)
print(-abs(-3), abs(-(-3)), -round(-2.5), -int("-5"))
