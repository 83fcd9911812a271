# ExceptionGroup / BaseExceptionGroup as classes: construction checks, attributes, str, MRO.
eg = ExceptionGroup("msg", [ValueError(1), TypeError("x")])
print(eg)
print(repr(eg))
print(eg.message, eg.exceptions, eg.args)
print([c.__name__ for c in type(eg).__mro__])
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(issubclass(BaseExceptionGroup, Exception), BaseExceptionGroup.__bases__)

beg = BaseExceptionGroup("only exceptions", (ValueError(1),))
print(type(beg).__name__, beg, beg.exceptions)
beg = BaseExceptionGroup("with a base one", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, beg)

for bad in [(1, [ValueError()]), ("m", 5), ("m", []), ("m", [1]), ("m", [ValueError(), "x"]), ("m",), ()]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(e)


class MyGroup(ExceptionGroup):
    pass


g = MyGroup("mine", [ValueError(3)])
print(type(g).__name__, g, g.exceptions)
try:
    MyGroup("mine", [SystemExit()])
except TypeError as e:
    print(e)

try:
    raise ExceptionGroup("boom", [ValueError(2), KeyError("k")])
except Exception as e:
    print("caught", type(e).__name__, e, len(e.exceptions))
    for sub in e.exceptions:
        print(" ", repr(sub))

raise MyGroup(1, [])
