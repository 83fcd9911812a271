# Every in-place operator on ints near the inline/boxed boundary (2**48), with negative
# operands, and the cases the fast path must hand to the generic one (errors, big results).
edges = [0, 1, -1, 7, -7, 2**47, -2**47, 2**48 - 1, -2**48, 2**48, 2**62, -2**63, 3**40]
divisors = [1, -1, 3, -3, 7, 2**48 - 1, -2**48]
shifts = [0, 1, 14, 15, 16, 47, 63, 64, 100]

for a in edges:
    for b in divisors:
        x = a; x += b; s = x
        x = a; x -= b; d = x
        x = a; x *= b; p = x
        x = a; x //= b; q = x
        x = a; x %= b; r = x
        x = a; x &= b; n = x
        x = a; x |= b; o = x
        x = a; x ^= b; e = x
        print(a, b, s, d, p, q, r, n, o, e)
        # The binary forms agree.
        assert (s, d, p, q, r, n, o, e) == (a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b)

for a in edges:
    for k in shifts:
        x = a; x <<= k; left = x
        x = a; x >>= k; right = x
        print(a, k, left, right, a << k == left, a >> k == right)

for op in ["x //= 0", "x %= 0", "x <<= -1", "x >>= -1", "x += 'a'", "x -= None"]:
    x = 5
    try:
        exec(op)
    except Exception as exc:
        print(op, type(exc).__name__, exc)

# Truth of ints in conditions (the jump's int fast path).
for v in [0, 1, -1, 2**48, -2**48 - 1, 0 * 5, 3 & 4, 3 & 1]:
    if v:
        print(v, "true")
    else:
        print(v, "false")
    while v:
        v = 0
    print("not", not v)
