class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            print("exit: clean", exc_value, traceback)
        else:
            print("exit:", exc_type.__name__, repr(exc_value), isinstance(exc_value, exc_type))
        return False
for err in [None, ValueError("v"), KeyError("k"), ZeroDivisionError, StopIteration(3)]:
    try:
        with Inspect():
            if err is not None:
                raise err
        print("no exception propagated")
    except Exception as e:
        print("propagated", type(e).__name__)
try:
    with Inspect():
        1 / 0
except ZeroDivisionError as e:
    print("caught after exit:", e)
try:
    with Inspect():
        raise SystemExit(4)
except SystemExit as e:
    print("SystemExit code", e.code)
class Swap:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is KeyError:
            raise LookupError("translated from " + repr(ev)) from ev
try:
    with Swap():
        {}["x"]
except LookupError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
class ExitRaisesContext:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("exit failed")
try:
    with ExitRaisesContext():
        raise ValueError("body failed")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
