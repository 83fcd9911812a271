class ConfigError(Exception):
    pass
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number: {text!r}") from e
try:
    parse("abc")
except ConfigError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)
def hide(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError("hidden cause") from None
try:
    hide("x")
except ConfigError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise KeyError("k") from ValueError("v")
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__context__, e.__suppress_context__)
e = RuntimeError("fresh")
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise TypeError("t") from KeyError
except TypeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
def chain3():
    try:
        try:
            1 / 0
        except ZeroDivisionError as a:
            raise ValueError("level2") from a
    except ValueError as b:
        raise RuntimeError("level3") from b
try:
    chain3()
except RuntimeError as e:
    c = e
    names = []
    while c is not None:
        names.append(type(c).__name__ + ":" + str(c))
        c = c.__cause__
    print(names)
