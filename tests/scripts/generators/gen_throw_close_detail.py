# generator.throw() and close(): handlers inside the generator, finally blocks, GeneratorExit.
def worker(log):
    try:
        while True:
            try:
                x = yield
                log.append(("got", x))
            except ValueError as e:
                log.append(("handled", str(e)))
                yield "recovered"
    finally:
        log.append("finally")

log = []
g = worker(log)
next(g)
g.send(1)
print(g.throw(ValueError("bad")))
print(next(g))
g.send(2)
g.close()
print(log)
print(g.close())

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring exit")
    yield 2

g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("cleanup and return")
        return "ignored value"

g = returns_on_exit()
next(g)
print(g.close())

def raises_other_on_exit():
    try:
        yield 1
    finally:
        raise KeyError("in finally")

g = raises_other_on_exit()
next(g)
try:
    g.close()
except KeyError as e:
    print("close raised", repr(e), type(e.__context__).__name__)

# close() on a fresh or finished generator does nothing.
def simple():
    print("simple started")
    yield 1

g = simple()
g.close()
print(list(g))
g = simple()
print(list(g))
g.close()

# throw() into a fresh generator raises at the start, without running its body.
g = simple()
try:
    g.throw(IndexError("early"))
except IndexError as e:
    print("early throw", e)
print(next(g, "exhausted"))

# throw() finishing the generator raises StopIteration with the return value.
def catch_and_return():
    try:
        yield 1
    except ZeroDivisionError:
        return "done"

g = catch_and_return()
next(g)
try:
    g.throw(ZeroDivisionError)
except StopIteration as e:
    print("StopIteration", e.value, e.args)

# throw() forms: class, class + value, instance.
def echo():
    while True:
        try:
            yield
        except Exception as e:
            print("echo", type(e).__name__, e.args)

g = echo()
next(g)
g.throw(TypeError)
g.throw(TypeError, "msg")
g.throw(TypeError, ("a", 1))
g.throw(TypeError("inst"))
try:
    g.throw(TypeError("inst"), "extra")
except TypeError as e:
    print(e)
try:
    g.throw(42)
except TypeError as e:
    print(e)
g.close()
try:
    g.throw(KeyError("after close"))
except KeyError as e:
    print("finished generator re-raises", repr(e))

# Yielding inside finally during close.
def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2

g = yields_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)

# Exception state is kept across yields inside an except block.
def keeps_exception():
    try:
        raise ValueError("kept")
    except ValueError:
        yield "in handler"
        raise

g = keeps_exception()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("re-raised after resume:", e)

def context_after_resume():
    try:
        raise KeyError("first")
    except KeyError:
        yield 1
        raise TypeError("second")

g = context_after_resume()
next(g)
try:
    next(g)
except TypeError as e:
    print(repr(e), "context", repr(e.__context__))

# The caller's handled exception is not kept by the generator after it yields.
def plain():
    yield 1
    raise

g = plain()
try:
    raise OSError("caller's")
except OSError:
    next(g)
try:
    next(g)
except RuntimeError as e:
    print("bare raise in generator:", e)

# Thrown exceptions get the generator's handled exception as context.
def handler_yield():
    try:
        raise KeyError("gen's")
    except KeyError:
        yield 1

g = handler_yield()
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print(repr(e.__context__))

def plain2():
    yield 1

g = plain2()
next(g)
try:
    raise OSError("caller")
except OSError:
    try:
        g.throw(ValueError("thrown2"))
    except ValueError as e:
        print(repr(e.__context__))

# A generator that is running cannot be resumed.
def selfref():
    yield me.send(None)

me = selfref()
try:
    next(me)
except ValueError as e:
    print(e)
