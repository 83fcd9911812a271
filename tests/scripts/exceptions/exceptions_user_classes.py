# User exception classes: custom __init__/__str__/__repr__, args, attributes, hierarchy.
class AppError(Exception):
    """Base for the app."""

class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__(key, where)
        self.key = key
        self.where = where
    def __str__(self):
        return f"{self.key!r} not found in {self.where}"

class Retry(AppError):
    def __init__(self, attempts):
        self.attempts = attempts          # no super().__init__: args still holds the call args
    def __repr__(self):
        return f"Retry(attempts={self.attempts})"

class Plain(AppError):
    pass

for exc in (NotFound("k"), NotFound("x", where="cache"), Retry(3), Plain(), Plain("a", 1)):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args, "|", isinstance(e, Exception))

# str() of an exception with a non-str single argument, and of several arguments.
print(str(ValueError(42)), str(ValueError([1, 2])), str(ValueError(1, "two")), str(ValueError()))
print(repr(ValueError("q")), repr(KeyError("k")), str(KeyError("k")), str(KeyError("a", "b")))
print(str(KeyError()), repr(IndexError(0)), str(StopIteration(5)), StopIteration(5).value)

# args can be replaced; str follows it.
e = ValueError("old")
e.args = ("new", 2)
print(e, e.args)
e.args = ["listy"]
print(e, e.args)

# Attributes on exception instances.
e = RuntimeError("r")
e.detail = {"code": 7}
print(e.detail, hasattr(e, "missing"), getattr(e, "missing", "default"))

# Exceptions are ordinary objects: stored, compared by identity, used as dict keys.
errs = [TypeError("t"), ValueError("v")]
seen = {errs[0]: "first"}
print(seen[errs[0]], errs[0] == errs[0], errs[0] == TypeError("t"))

# Exception classes as values.
def make(kind, *args):
    return kind(*args)

try:
    raise make(LookupError, "via factory")
except LookupError as e:
    print("factory:", e)

# Class hierarchy checks with user classes.
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), issubclass(AppError, NotFound))
print([c.__name__ for c in NotFound.__mro__])
print(NotFound.__doc__, AppError.__doc__)

# except clauses pick the first matching class in order.
def classify(exc):
    try:
        raise exc
    except NotFound:
        return "not found"
    except AppError:
        return "app"
    except Exception:
        return "other"

print(classify(NotFound("z")), classify(Plain()), classify(KeyError()))

# Overriding __init__ with keyword-only arguments.
class HttpError(Exception):
    def __init__(self, status, *, reason=""):
        super().__init__(status)
        self.status = status
        self.reason = reason

try:
    raise HttpError(404, reason="missing")
except HttpError as e:
    print(e.status, e.reason, e.args, str(e))

# SystemExit, KeyboardInterrupt and GeneratorExit are not Exceptions.
for cls in (SystemExit, KeyboardInterrupt, GeneratorExit):
    try:
        raise cls
    except Exception:
        print("wrongly caught")
    except BaseException as e:
        print(cls.__name__, "caught as BaseException", repr(e))

print(SystemExit(3).code, SystemExit().code, SystemExit("msg").code, SystemExit(1, 2).code)

# OSError's errno forms.
e = OSError(2, "No such file or directory", "data.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e))
e = OSError("just a message")
print(type(e).__name__, e.errno, e.args, str(e))
e = OSError(13, "Permission denied")
print(type(e).__name__, str(e), repr(e), isinstance(e, OSError))
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, OSError))

# Notes.
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
