def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError handler"
    except LookupError:
        return "LookupError handler"
    except ArithmeticError as e:
        return f"Arithmetic handler ({type(e).__name__})"
    except Exception:
        return "Exception handler"
    except BaseException as e:
        return f"BaseException handler ({type(e).__name__})"
for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(),
            SystemExit(3), KeyboardInterrupt(), GeneratorExit()]:
    print(type(exc).__name__, "->", classify(exc))
def shadowed(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError first"
    except KeyError:
        return "never reached"
print(shadowed(KeyError("x")))
try:
    raise ValueError
except ValueError as e:
    print("raised class ->", repr(e), e.args)
try:
    raise IndexError()
except IndexError as e:
    print("raised instance ->", repr(e))
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise object
except TypeError as e:
    print("TypeError:", e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise SystemExit("bye")
    except Exception:
        print("not caught by Exception")
except SystemExit as e:
    print("SystemExit caught:", e.code, e.args)
try:
    try:
        raise ValueError("x")
    except "not a class":
        pass
except TypeError as e:
    print("TypeError:", e)
