# try/except* (PEP 654): each clause takes its part of what is left.
def show(f):
    try:
        f()
    except BaseException as e:
        print("escaped:", repr(e))
    else:
        print("nothing escaped")

def all_handled():
    try:
        raise ExceptionGroup("top", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("V", repr(e))
    except* TypeError as e:
        print("T", repr(e))
show(all_handled)

def partly():
    try:
        raise ExceptionGroup("top", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        print("V", repr(e))
    except* KeyError:
        print("never")
show(partly)

def tuple_clause():
    try:
        raise ExceptionGroup("top", [ValueError(1), ExceptionGroup("in", [TypeError(2), KeyError(3)])])
    except* (ValueError, KeyError) as e:
        print("VK", repr(e))
show(tuple_clause)

def subclass_clause():
    try:
        raise ExceptionGroup("top", [FileNotFoundError(1), OSError(2)])
    except* FileNotFoundError as e:
        print("FNF", repr(e))
    except* OSError as e:
        print("OS", repr(e))
show(subclass_clause)

def naked_matched():
    try:
        raise ValueError(5)
    except* ValueError as e:
        print("naked", repr(e), type(e).__name__)
show(naked_matched)

def naked_unmatched():
    try:
        raise ValueError(5)
    except* TypeError:
        print("never")
show(naked_unmatched)

def naked_reraised():
    try:
        raise ValueError(5)
    except* ValueError:
        raise
show(naked_reraised)

def base_group():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("KI", repr(e))
show(base_group)

def name_unbound():
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        e
    except NameError as err:
        print(err)
show(name_unbound)

def else_finally():
    for exc in (None, ExceptionGroup("x", [ValueError(1)]), ExceptionGroup("y", [TypeError(1)])):
        try:
            try:
                if exc:
                    raise exc
            except* ValueError:
                print("handled V")
            else:
                print("else")
            finally:
                print("finally")
        except ExceptionGroup as e:
            print("after finally:", repr(e))
show(else_finally)

def handled_current():
    try:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise KeyError("in handler")
        except KeyError as k:
            print("context is the matched part:", repr(k.__context__))
show(handled_current)

def loops_inside():
    for i in range(3):
        try:
            raise ValueError(i)
        except* ValueError:
            for j in range(5):
                if j == 1:
                    break
                continue
            def inner():
                return i * 10
            print(i, j, inner())
show(loops_inside)

def generator():
    try:
        yield 1
        raise ExceptionGroup("gen", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield repr(e)
print("gen:")
g = generator()
print(next(g), next(g))
try:
    next(g)
except ExceptionGroup as e:
    print(repr(e))
