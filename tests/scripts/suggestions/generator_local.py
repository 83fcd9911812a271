def g():
    counter = 1
    yield countr
next(g())
