# __lt__ answering True with a random probability p/16 (p = 0..16) on random sizes: the
# number of calls and the permutation are CPython's.

seed = 5
calls = 0
p = 8


class R(int):
    def __lt__(self, other):
        global seed, calls
        calls += 1
        seed = (seed * 214013 + 2531011) % 268435456
        return (seed >> 16) % 16 < p


def rand(n):
    global seed
    seed = (seed * 214013 + 2531011) % 268435456
    return (seed >> 6) % n


for t in range(150):
    n = rand(2500)
    p = rand(17)
    items = list(map(R, range(n)))
    calls = 0
    items.sort(reverse=rand(2) == 0)
    h = 0
    for x in items:
        h = (h * 65599 + x) % 1000000007
    print(t, n, p, calls, h)
