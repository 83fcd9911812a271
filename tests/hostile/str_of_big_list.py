# expect: fuel exhausted|timeout|MemoryError
x = list(range(3 * 10**7))
while True:
    s = str(x)
