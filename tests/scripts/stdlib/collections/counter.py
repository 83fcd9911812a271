from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(c["a"], c["z"], "z" in c, len(c), c.total())
c.update("aaz")
c.update({"q": 3})
c.subtract(["a", "b"])
print(c)
print(sorted(c.elements()))
print(Counter(wheat=10, wood=3), Counter({"x": 1}), Counter(), repr(Counter()))
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -a)
print(a == Counter(a=3, b=1, c=-2), a != b, Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2))
print(sum([Counter("ab"), Counter("bc")], Counter()))
d = Counter(x=5)
d += Counter(x=-7, y=2)
print(d)
d -= Counter(y=1)
print(d)
del d["nope"]
del d["y"]
print(d, d.copy(), type(d.copy()).__name__)
print(Counter("hello world").most_common(3))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Tally(Counter):
    pass
print(Tally("aab"), isinstance(Tally(), dict))
words = "the cat and the hat and the bat".split()
for word, n in Counter(words).most_common():
    print(f"{word:>4} {n}")
