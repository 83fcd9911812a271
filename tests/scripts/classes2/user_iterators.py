class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "done"), list(c))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i * i
            i += 1
r = Range2(4)
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True))
print([x for x in r if x % 2 == 0], tuple(r), set(r) == {0, 1, 4, 9})
a, b, *rest = Range2(5)
print(a, b, rest)
print(dict(zip(Range2(3), "abc")), list(enumerate(Range2(3), 1)))
for i, v in enumerate(Countdown(2)):
    print("loop", i, v)
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        return iter((self.a, self.b))
x, y = Pair("left", "right")
print(x, y, list(Pair(1, 2)), "-".join(Pair("p", "q")))
it = iter(Countdown(2))
print(type(it).__name__, iter(it) is it)
print(list(map(str, Countdown(3))), 2 in Countdown(3), 9 in Countdown(3))
