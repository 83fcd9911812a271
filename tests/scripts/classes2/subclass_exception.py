class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name
class Invalid(AppError, ValueError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
    def __str__(self):
        return f"{self.field}: {self.reason}"
for exc in [NotFound("user"), Invalid("age", "negative"), AppError(), AppError("a", 1)]:
    try:
        raise exc
    except ValueError as e:
        print("ValueError branch", repr(str(e)), e.args)
    except AppError as e:
        print("AppError branch", type(e).__name__, repr(str(e)), e.args)
print([c.__name__ for c in Invalid.__mro__])
print(repr(NotFound("x")), repr(Invalid("f", "r")), repr(AppError("a", 1)))
try:
    raise NotFound("file")
except NotFound as e:
    print(e.name, e, isinstance(e, Exception), isinstance(e, BaseException))
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(str(WithDefault()), str(WithDefault("x")), WithDefault().args)
class Code(Exception):
    code = 500
class Teapot(Code):
    code = 418
for cls in (Code, Teapot):
    try:
        raise cls
    except Code as e:
        print(type(e).__name__, e.code, e.args, repr(e))
e = Teapot("brew")
e.extra = 1
print(e.extra, e.args, str(e))
