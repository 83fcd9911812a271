def handler_fails():
    try:
        raise ValueError("first")
    except ValueError as e:
        print("handling", e)
        {}["missing"]
try:
    handler_fails()
except KeyError as e:
    print("outer caught", repr(e), "context", repr(e.__context__))
def handler_fails_with_finally():
    try:
        try:
            raise TypeError("a")
        except TypeError:
            print("in handler")
            raise IndexError("b")
        finally:
            print("finally runs while IndexError propagates")
    except IndexError as e:
        return f"returned after {e!r} (context {e.__context__!r})"
print(handler_fails_with_finally())
def nested_handlers():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError as inner:
            print("inner handled", repr(inner), "context", repr(inner.__context__))
        print("back in outer handler")
        return "ok"
print(nested_handlers())
def handler_uses_finally_return():
    try:
        raise ValueError("x")
    except ValueError:
        raise TypeError("y")
    finally:
        return "finally return discards TypeError"
print(handler_uses_finally_return())
log = []
for i in range(3):
    try:
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                raise KeyError(i) from e
            log.append(("handled", i))
    except KeyError as k:
        log.append(("outer", repr(k), repr(k.__cause__)))
print(log)
