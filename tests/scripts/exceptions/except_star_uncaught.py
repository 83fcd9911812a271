# An uncaught group: CPython prints the boxed traceback; its last line closes the box.
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* TypeError:
        pass
f()
