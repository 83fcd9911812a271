# expect: fuel exhausted|timeout
# A generator that catches GeneratorExit and every exception and keeps yielding.
def g():
    while True:
        try:
            yield 1
        except BaseException:
            pass

for x in g():
    pass
