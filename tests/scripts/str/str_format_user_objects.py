# str.format with user-defined __format__/__str__/__repr__/__getattr__/__getitem__, and many
# temporary objects (exercises rooting of intermediate values during formatting).
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = "$%d.%02d" % (self.cents // 100, self.cents % 100)
        return format(text, spec) if spec else text
    def __str__(self):
        return "Money(%d)" % self.cents
    def __repr__(self):
        return "<Money %d>" % self.cents

class Dyn:
    def __getattr__(self, name):
        return [name.upper(), Money(len(name) * 101)]

class Grid:
    def __getitem__(self, key):
        return {"key": key, "list": [key, key]}

m = Money(1234)
print("{}|{:>10}|{!s}|{!r}|{!a}".format(m, m, m, m, m))
print("{0.abc[1]} {0.hello[0]} {1[3][key]} {1[x][list][1]}".format(Dyn(), Grid()))
print("{:{}}".format(Money(5), Dyn().zz[0][:0] + ">8"))
total = []
for i in range(300):
    total.append("{0.name[0]}-{1[i]}-{2:>{3}}".format(Dyn(), Grid(), Money(i), i % 7 + 6))
print(len(total), total[0], total[-1])

class Broken:
    def __format__(self, spec):
        raise ValueError("bad spec " + repr(spec))

try:
    "{:xyz}".format(Broken())
except ValueError as e:
    print("ValueError", e)

class NoAttr:
    pass

try:
    "{0.missing}".format(NoAttr())
except AttributeError as e:
    print("AttributeError", e)

try:
    "{:>5}".format(NoAttr())
except TypeError as e:
    print("TypeError", e)
