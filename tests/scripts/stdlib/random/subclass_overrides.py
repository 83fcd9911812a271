import random
class Bits(random.Random):
    def __init__(self): super().__init__(0); self.calls = 0
    def getrandbits(self, k): self.calls += 1; return super().getrandbits(k)
b = Bits(); print(b.randrange(100), b.choice("abcdef"), b.calls, b.random())
class OnlyRandom(random.Random):
    def random(self): return 0.3
o = OnlyRandom(); print(o.randrange(10), o.choice([1, 2, 3]), o.sample(range(10), 3), o.shuffle if False else "")
class NewRandom(random.Random):
    def random(self): return 0.7
    def getrandbits(self, k): return 1 if k else 0
n = NewRandom(); print(n.randrange(10), n.randint(1, 6), n.choice("xyz"))
r = random.Random(42); print(r.randbytes(3), r.getrandbits(100), r.gauss(1, 2), r.normalvariate(), r.binomialvariate(3) if hasattr(r, "binomialvariate") else "")
print(random.Random(0).choices(range(100), k=3, cum_weights=list(range(1, 101))))
