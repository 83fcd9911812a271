class Money:
    def __init__(self, cents, currency="USD"):
        self.cents = cents
        self.currency = currency
    def __repr__(self):
        return f"{self.currency} {self.cents // 100}.{self.cents % 100:02d}"
    def _check(self, other):
        if isinstance(other, Money) and other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
    def __add__(self, other):
        if other == 0:
            return self
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other)
        return Money(self.cents + other.cents, self.currency)
    def __radd__(self, other):
        print("radd with", repr(other))
        return self.__add__(other)
    def __iadd__(self, other):
        print("iadd")
        self._check(other)
        self.cents += other.cents
        return self
    def __sub__(self, other):
        return Money(self.cents - other.cents, self.currency)
    def __mul__(self, n):
        return Money(self.cents * n, self.currency)
    __rmul__ = __mul__
    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.cents, self.currency) == (other.cents, other.currency)
        return other == 0 and self.cents == 0
a = Money(1050)
b = Money(299)
print(a + b, a - b, a * 3, 2 * b)
print(sum([a, b, Money(1)]))
orig = a
a += b
print(a, a is orig)
c = Money(100)
alias = c
c -= Money(50)
print(c, alias, c is alias)
c *= 4
print(c)
try:
    a + Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
lst = [1, 2]
lst2 = lst
lst += [3]
print(lst2, lst is lst2)
t = (1, 2)
t2 = t
t += (3,)
print(t2, t)
class NoIadd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("add fallback")
        return NoIadd(self.v + o)
n = NoIadd(1)
m = n
n += 5
print(n.v, m.v, n is m)
