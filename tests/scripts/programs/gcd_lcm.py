def gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0
def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y
pairs = [(12, 18), (17, 5), (0, 7), (7, 0), (-12, 18), (2 ** 64, 2 ** 48 * 3), (10 ** 20, 10 ** 15 + 5), (1, 1)]
for a, b in pairs:
    g, x, y = ext_gcd(a, b)
    print(a, b, gcd(a, b), lcm(a, b), (g, x, y), a * x + b * y == g)
total = 1
for k in range(1, 21):
    total = lcm(total, k)
print("lcm(1..20) =", total)
def reduce_frac(n, d):
    g = gcd(n, d)
    if d < 0:
        g = -g
    return n // g, d // g
print([reduce_frac(n, d) for n, d in [(6, 8), (-6, 8), (6, -8), (0, 5), (2 ** 70, 2 ** 60 * 6)]])
