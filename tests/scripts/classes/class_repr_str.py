class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(" + str(self.cents) + ")"
    def __str__(self):
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100).zfill(2)
m = Money(12345)
print(m, str(m), repr(m), [m], (m,), {"k": m}, f"{m}", f"{m!r}", "%s %r" % (m, m))
class OnlyRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"OnlyRepr(v={self.v!r})"
o = OnlyRepr("x")
print(o, str(o), [o, OnlyRepr(1)], f"{o}", "{}".format(o))
class OnlyStr:
    def __str__(self):
        return "only-str"
s = OnlyStr()
print(s, str(s), f"{s}", format(s), [str(s)])
class Nested:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return "Nested" + repr(self.items)
print(Nested([Nested([]), OnlyRepr(Money(5))]))
print(str(Nested([m])), repr(Money(-250)), str(Money(7)))
print(format(m, ""), "{0!s} {0!r}".format(m), len(str(m)))
