pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, Exception), (KeyError, IndexError), (IndexError, KeyError),
    (ZeroDivisionError, ValueError), (Exception, BaseException),
]
for sub, sup in pairs:
    print(f"{sub.__name__:>18} < {sup.__name__:<16} {issubclass(sub, sup)}")
for cls in (KeyError, ZeroDivisionError, OverflowError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
try:
    {}["k"]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, e)
try:
    [][0]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, e)
try:
    1 / 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__, e)
try:
    float(10 ** 400)
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__, e)
