# expect: MemoryError|memory limit|fuel exhausted|timeout
x = 3 ** 10**5
while True:
    x = x * x
