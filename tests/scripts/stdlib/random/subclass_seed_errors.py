import random
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
class Mine(random.Random):
    def random(self): return 0.5
m = Mine(1); print(m.random(), m.choice("abc"), m.randrange(10), m.uniform(0, 2), m.shuffle if False else "")
class Mine2(random.Random):
    def __init__(self, seed, extra): super().__init__(seed); self.extra = extra
m2 = Mine2(3, "x"); print(m2.random(), m2.extra)
r = random.Random(10); print(r.sample(range(50), 5), r.choices("ab", k=3), r.gauss(0, 1), r.betavariate(1, 1))
t(random.Random, [1]); t(random.Random().seed, {}); t(random.sample, range(5), 2, counts=[1]); t(random.sample, [1], 1, counts=[0]); t(random.choices, "ab", weights=[0, 0]); t(random.choices, "ab", weights=[-1, 1], k=1) 
random.seed(8); t(random.choices, "ab", weights=[float("inf"), 1]); t(random.choices, "ab", weights=[float("nan"), 1])
t(random.randint, 1.0, 3); t(random.randrange, 1, 10.5); t(random.uniform, "a", 1); t(random.triangular, 1, 1); t(random.gauss, "a"); t(random.expovariate, -1)
random.seed(5)
print(random.randint(0, 2**200), random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.randrange(1, 2), random.random())
random.seed(b"\x00\xff"); print(random.random()); random.seed(bytearray(b"\x00\xff")); print(random.random()); random.seed(""); print(random.random()); random.seed(0); print(random.random())
random.seed("é€𝄞"); print(random.random())
random.seed(-0.0); print(random.random()); random.seed(float("inf") if False else 1e300); print(random.random())
t(random.seed, object()); t(random.seed, (1, 2))
st = random.getstate(); print(st[0], st[1][-1], st[2])
random.seed(17); l = list(range(100)); random.shuffle(l); print(l[:10]); print(random.sample(l, 3), random.sample(set(range(5)) if False else range(5), 5))
t(random.shuffle, "abc"); t(random.choice, {}); t(random.choice, {1: 2}); t(random.sample, 5, 1)
random.seed(1); print([random.randrange(-10, 10, 3) for _ in range(5)], random.randrange(10, 0, -1), random.binomialvariate(5) if hasattr(random, "binomialvariate") else "")
print(random.Random(1).getrandbits(128), random.Random("1").random(), random.Random(b"1").random())
