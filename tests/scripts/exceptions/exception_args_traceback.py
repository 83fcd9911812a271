# Exception args as CPython builds them; unhashable views; __traceback__ objects.
def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, e.args, str(e))


show(lambda: 10.0 ** 400)
show(lambda: 2.0 ** 10000)
show(lambda: (-1e200) ** 3)
show(lambda: {}["k"])
show(lambda: {}[(1, 2)])
show(lambda: [][1])
show(lambda: 1 / 0)
show(lambda: int("x"))
show(lambda: hash({}.keys()))
show(lambda: hash({}.items()))
show(lambda: hash(slice(1, 2)))
show(lambda: {{}.keys(): 1})
print(type(hash({}.values())).__name__, {}.keys().__hash__, {}.items().__hash__, slice.__hash__)
show(lambda: next(iter([])))
show(lambda: undefined_name)
show(lambda: (1).foo)
show(lambda: [].pop())
show(lambda: {}.popitem())
show(lambda: set().pop())
show(lambda: 1 << -1)
show(lambda: [].index(3))
show(lambda: {1: 2}.pop(5))
show(lambda: {3}.remove(4))
try:
    10.0 ** 400
except OverflowError as e:
    errno, message = e.args
    print(errno, message, repr(e))

try:
    raise ValueError("a")
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next, tb.tb_frame.f_code.co_name)
    print(type(tb.tb_frame).__name__, type(tb.tb_frame.f_code).__name__, tb.tb_frame.f_back)


def inner():
    raise KeyError("x")


def middle():
    inner()


def outer():
    middle()


try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_qualname)
        last = tb
        tb = tb.tb_next
    print(last.tb_frame.f_lineno, last.tb_frame.f_back.f_code.co_name)


class Box:
    def fail(self):
        return {}["missing"]


try:
    Box().fail()
except KeyError as e:
    print([(t.tb_frame.f_code.co_name, t.tb_lineno) for t in [e.__traceback__, e.__traceback__.tb_next]])

e = ValueError("z")
print(e.__traceback__, e.with_traceback(None) is e, e.__traceback__)
try:
    raise ValueError("q")
except ValueError as err:
    saved = err.__traceback__


def reraise():
    raise TypeError("t").with_traceback(saved)


try:
    reraise()
except TypeError as e2:
    t = e2.__traceback__
    lines = []
    while t:
        lines.append(t.tb_lineno)
        t = t.tb_next
    print("chain", lines)
try:
    raise ValueError("w")
except ValueError as e3:
    e3.__traceback__ = None
    print(e3.__traceback__)
try:
    ValueError().with_traceback(5)
except TypeError as e4:
    print(e4)
e = ValueError()
e.__context__ = KeyError()
print(e.__suppress_context__, repr(e.__context__), repr(e.__cause__))
e.__cause__ = TypeError()
print(e.__suppress_context__, repr(e.__cause__))
hash({}.keys())
