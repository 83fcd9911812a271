# Microbenchmark: indexing an ASCII str in a loop (sequential and strided),
# 200,000 characters.

N_CHARS = 200_000
PASSES = 14  # size knob: about 0.4 s on CPython 3.11


def main():
    s = ("abcdefghij" * (N_CHARS // 10 + 1))[:N_CHARS]
    n = len(s)
    count = 0
    for p in range(PASSES // 2):
        for i in range(n):
            if s[i] == "e":
                count += 1
        j = p
        for _ in range(n):
            j = (j + 7919) % n
            if s[j] == "e":
                count += 1
    print(n, count, s[-1], s[n // 2])


main()
