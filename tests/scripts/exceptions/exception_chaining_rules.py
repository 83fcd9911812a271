# __context__, __cause__ and __suppress_context__ in the situations CPython sets them.
def show(e):
    chain = []
    while e is not None:
        chain.append("%s(%s) cause=%s suppress=%s" % (
            type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None,
            e.__suppress_context__))
        e = e.__context__
    return " <- ".join(chain)

# Raising inside an except block chains the handled exception.
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
except TypeError as e:
    print(show(e))

# raise ... from ... sets the cause and suppresses the context display.
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        raise LookupError("wrapped") from k
except LookupError as e:
    print(show(e), e.__cause__ is e.__context__)

# from None.
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise RuntimeError("clean") from None
except RuntimeError as e:
    print(show(e), e.__cause__)

# A cause can be a class (instantiated) or an unrelated exception.
try:
    raise ValueError("v") from IndexError
except ValueError as e:
    print(repr(e.__cause__), e.__context__)

try:
    raise ValueError("v") from 42
except TypeError as e:
    print("bad cause:", e)

# Raising in finally after an exception chains it.
try:
    try:
        raise OSError("io")
    finally:
        raise AttributeError("attr")
except AttributeError as e:
    print(show(e))

# Chaining through function calls made in the handler.
def fail():
    raise ZeroDivisionError("zero")

try:
    try:
        raise ValueError("outer")
    except ValueError:
        fail()
except ZeroDivisionError as e:
    print(show(e))

# Re-raising a caught exception inside another handler rewrites its context and cuts the
# cycle that would form (CPython's _PyErr_SetObject).
try:
    try:
        raise ValueError("A")
    except ValueError as a:
        saved = a
        try:
            raise TypeError("B")
        except TypeError as b:
            raise a
except ValueError as e:
    print(e is saved, repr(e.__context__), repr(e.__context__.__context__))

# Raising the handled exception itself does not make it its own context.
try:
    try:
        raise KeyError("self")
    except KeyError as k:
        raise k
except KeyError as e:
    print(repr(e.__context__))

# Bare raise keeps the original context and cause.
try:
    try:
        try:
            raise ValueError("orig")
        except ValueError as v:
            raise TypeError("with cause") from v
    except TypeError:
        raise
except TypeError as e:
    print(show(e))

# Nested handlers: the innermost handled exception is the context.
try:
    try:
        raise ValueError("1")
    except ValueError:
        try:
            raise KeyError("2")
        except KeyError:
            pass
        raise TypeError("3")
except TypeError as e:
    print(show(e))

# Setting the attributes by hand.
e = ValueError("manual")
e.__context__ = KeyError("ctx")
e.__cause__ = None
print(repr(e.__context__), e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
c = IndexError("c")
e.__cause__ = c
print(e.__cause__ is c, e.__suppress_context__)

# An exception caught and handled leaves no context for a later raise.
try:
    raise ValueError("done")
except ValueError:
    pass
try:
    raise TypeError("fresh")
except TypeError as e:
    print(e.__context__)

# Exceptions raised by the runtime inside a handler chain too.
try:
    try:
        [][1]
    except IndexError:
        {}["missing"]
except KeyError as e:
    print(show(e))
