def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
for n in naturals():
    if n * n > 50:
        print("first square above 50 from", n)
        break
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
ps = primes()
print([next(ps) for _ in range(15)])
for p in ps:
    if p > 100:
        print("first prime > 100:", p)
        break
print("continuing same generator:", next(ps), next(ps))
def cycle(items):
    while True:
        for x in items:
            yield x
c = cycle("RGB")
print("".join(next(c) for _ in range(10)))
total = 0
for i, v in zip(range(5), cycle([1, 10])):
    total += v
print(total)
def repeat_until(fn, sentinel):
    while True:
        v = fn()
        if v == sentinel:
            return
        yield v
vals = iter([3, 1, 4, 0, 5])
print(list(repeat_until(lambda: next(vals), 0)), list(vals))
