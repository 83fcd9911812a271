# Argument edge cases of random's functions, against CPython.
import random
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
random.seed(7)
show("choices k float", lambda: random.choices("ab", k=1.5))
show("choices cum k float", lambda: random.choices("ab", cum_weights=[1, 2], k=1.5))
show("choices k neg", lambda: random.choices("ab", k=-2))
show("shuffle tuple", lambda: random.shuffle((1, 2, 3)))
show("sample k float", lambda: random.sample([1, 2, 3], 1.5))
show("sample str k", lambda: random.sample([1, 2, 3], "2"))
show("randrange big float", lambda: random.randrange(1e20))
show("randint floats", lambda: random.randint(1.0, 3.0))
show("uniform ints", lambda: random.uniform(1, 2))
show("randbytes neg", lambda: random.randbytes(-1))
show("getrandbits big", lambda: random.getrandbits(2**31))
show("seed version 3 str", lambda: (random.seed("abc", version=3), random.random())[1])
show("seed bytes v1", lambda: (random.seed(b"", version=1), random.random())[1])
show("seed neg float", lambda: (random.seed(-2.5), random.random())[1])
show("randrange bool", lambda: random.randrange(True, 10, True))
show("choice str", lambda: random.choice("x"))
show("sample counts neg", lambda: random.sample("ab", 1, counts=[-1, 3]))
show("gauss seq", lambda: [round(random.gauss(), 6) for _ in range(3)])
show("expovariate neg", lambda: random.expovariate(-2))
show("Random kw", lambda: random.Random(x=5).random())
class I:
    def __index__(self): return 5
show("randrange index", lambda: random.randrange(I()))
show("getrandbits index", lambda: random.getrandbits(I()))
show("state gauss", lambda: random.getstate()[2])
