# __exit__ receives the exception's traceback object.
class Resource:
    def __enter__(self):
        print("open")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", exc_type.__name__ if exc_type else None, type(tb).__name__)
        if tb is not None:
            print("  raised at line", tb.tb_lineno, "in", tb.tb_frame.f_code.co_name, tb.tb_next is None)
            print("  same as exc.__traceback__:", tb.tb_lineno == exc.__traceback__.tb_lineno)
        return exc_type is ZeroDivisionError


with Resource():
    1 / 0


def helper():
    raise KeyError("k")


try:
    with Resource():
        helper()
except KeyError as e:
    print("propagated", e)
with Resource():
    print("body")
