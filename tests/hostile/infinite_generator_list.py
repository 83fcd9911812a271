# expect: memory limit|fuel exhausted|timeout|MemoryError
def count():
    i = 0
    while True:
        yield i
        i += 1

x = list(count())
