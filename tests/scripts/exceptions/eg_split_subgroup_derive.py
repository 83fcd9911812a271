# BaseExceptionGroup.split / subgroup / derive (PEP 654) as CPython 3.11 does them.
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError))
print(repr(eg.split((TypeError, KeyError))))
print(eg.split(ExceptionGroup)[0] is eg, eg.split(ExceptionGroup)[1])
print(eg.subgroup(BaseException) is eg)
print(eg.split(lambda e: False))

# The predicate sees groups too, outermost first.
seen = []
def pred(e):
    seen.append(type(e).__name__)
    return False
eg.split(pred)
print(seen)

# Parts copy the traceback, cause, context and a copy of the notes.
eg.add_note("note1")
eg.__cause__ = OSError("cause")
eg.__context__ = RuntimeError("ctx")
m = eg.subgroup(ValueError)
print(m.__notes__, m.__notes__ is eg.__notes__, m.__notes__ == eg.__notes__)
print(repr(m.__cause__), repr(m.__context__), m.__suppress_context__)
print(repr(m.exceptions[1]), m.exceptions[1].__cause__)
try:
    raise ExceptionGroup("tb", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    caught = e
part = caught.subgroup(TypeError)
print(part.__traceback__ is not None, part.__traceback__.tb_lineno)

# Leaves are the same objects, groups are new.
v = ValueError("same")
g = ExceptionGroup("g", [v, TypeError()])
print(g.subgroup(ValueError).exceptions[0] is v, g.subgroup(ValueError) is g)

# derive keeps the message; class selection as the constructor does.
print(repr(eg.derive([KeyError(1)])))
print(type(eg.derive([KeyboardInterrupt()])).__name__)
b = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
print(type(b).__name__, repr(b.split(Exception)))
print(repr(b.subgroup(KeyboardInterrupt)))

# A subclass that overrides derive keeps its type in split results.
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message.upper(), excs)
x = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(x.split(ValueError)))
# Without an override, derive makes a plain group.
class Plain(ExceptionGroup):
    pass
print(repr(Plain("p", [ValueError(1), TypeError(2)]).split(ValueError)))

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    BadDerive("bad", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print(e)

for bad in (42, (ValueError, 1), "x", [ValueError]):
    try:
        eg.split(bad)
    except TypeError as e:
        print(e)
try:
    eg.split()
except TypeError as e:
    print(e)
try:
    eg.subgroup(ValueError, 1)
except TypeError as e:
    print(e)
try:
    eg.derive()
except TypeError as e:
    print(e)
try:
    eg.split(matcher=ValueError)
except TypeError as e:
    print(e)
print(repr(ExceptionGroup("msg", [ValueError(1), TypeError(2)])))
eg.split(1.5)
