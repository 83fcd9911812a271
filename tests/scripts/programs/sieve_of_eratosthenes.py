def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for m in range(p * p, n + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i, v in enumerate(is_prime) if v]
primes = sieve(200)
print(primes)
print(len(primes), sum(primes), primes[-1])
print(len(sieve(10000)), sieve(10000)[-5:])
twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print(twins)
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
print([n for n in range(2, 50) if n not in set(primes)][:15])
print(sieve(1), sieve(2), sieve(3))
