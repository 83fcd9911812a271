import random, collections, itertools, functools, statistics, math, string, datetime, heapq, bisect
random.seed(2024)
# simulation: bank queue
arrivals = [random.expovariate(1/3) for _ in range(20)]
service = [random.gauss(2.5, 0.5) for _ in range(20)]
t = 0; free_at = 0; waits = []
for a, s in zip(arrivals, service):
    t += a; start = max(t, free_at); waits.append(start - t); free_at = start + s
print(round(sum(waits) / len(waits), 6), round(max(waits), 6))
# word frequency
words = [random.choice(["apple", "banana", "cherry", "date", "elder"]) for _ in range(100)]
c = collections.Counter(words); print(c.most_common(3), sorted(c.items())[:2])
# password generation
alphabet = string.ascii_letters + string.digits + string.punctuation
pw = "".join(random.choices(alphabet, k=16)); print(pw, "".join(random.sample(alphabet, 8)))
# dice stats
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
hist = collections.Counter(rolls); print([hist[i] for i in range(2, 13)])
# shuffle deck
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]; random.shuffle(deck); print(deck[:5], random.sample(deck, 3))
# random walk
pos = 0; path = []
for _ in range(20): pos += random.choice([-1, 1]); path.append(pos)
print(path, list(itertools.accumulate(path, max))[-1])
# weighted choice
print(collections.Counter(random.choices(["a", "b", "c"], weights=[5, 3, 2], k=1000)))
# dates
start = datetime.date(2024, 1, 1)
days = sorted(start + datetime.timedelta(days=random.randrange(365)) for _ in range(5)); print([d.isoformat() for d in days], [d.strftime("%a") for d in days])
print(random.triangular(0, 10), random.betavariate(2, 5), random.lognormvariate(0, 0.5), random.vonmisesvariate(0, 4), random.paretovariate(2), random.weibullvariate(2, 3), random.gammavariate(3, 2), random.gammavariate(1, 1))
print(random.getrandbits(64), random.randrange(0, 10**30, 7), random.random() < 0.5, random.uniform(5, 1))
r = random.Random(7); r2 = random.Random(); r2.setstate(r.getstate()); print(r.random() == r2.random(), [r.randint(0, 9) for _ in range(10)])
print(random.sample(range(10**9), 3), random.sample(range(10), k=10))
