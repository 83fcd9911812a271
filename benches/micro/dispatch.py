# Microbenchmark: the plain dispatch loop (local int arithmetic, compares,
# branches, while and for-range loops), no calls or attribute access.

N = 2_000_000  # size knob: about 0.4 s on CPython 3.11


def main():
    total = 0
    odd = 0
    x = 1
    for i in range(N):
        x = (x * 5 + i) & 0xFFFF
        if x & 1:
            odd += 1
            total += x >> 3
        else:
            total -= i & 7
    j = 0
    while j < N // 2:
        j += 1
        total ^= j
    print(total, odd, x)


main()
