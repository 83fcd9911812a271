class ValidationError(Exception):
    def __init__(self, field, value, reason="invalid"):
        super().__init__(field, value)
        self.field = field
        self.value = value
        self.reason = reason
    def __str__(self):
        return f"{self.field}={self.value!r} is {self.reason}"
e = ValidationError("age", -5, "negative")
print(str(e), "|", repr(e), "|", e.args, "|", e.reason)
class NoSuper(Exception):
    def __init__(self, code):
        self.code = code
n = NoSuper(404)
print(repr(str(n)), repr(n), n.args, n.code)
class Custom(Exception):
    def __repr__(self):
        return "<Custom!>"
c = Custom("m")
print(str(c), repr(c), [c])
class Msg(Exception):
    def __init__(self, msg):
        self.msg = msg
        super().__init__("prefix: " + msg)
m = Msg("hello")
print(m, m.msg, m.args)
def validate(d):
    errors = []
    for k, v in d.items():
        try:
            if not isinstance(v, int):
                raise ValidationError(k, v, "not an int")
            if v < 0:
                raise ValidationError(k, v, "negative")
        except ValidationError as err:
            errors.append(str(err))
    return errors
print(validate({"a": 1, "b": -2, "c": "x", "d": 3.5}))
class Wrapped(Exception):
    def __init__(self, inner):
        super().__init__(f"wrapped {type(inner).__name__}: {inner}")
        self.inner = inner
try:
    try:
        [].pop()
    except IndexError as ie:
        raise Wrapped(ie)
except Wrapped as w:
    print(w, "|", repr(w.inner))
print(f"{ValidationError('x', 1)}", "{}".format(Msg("f")), "%s" % NoSuper(1))
