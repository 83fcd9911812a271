# expect: fuel exhausted|timeout
while True:
    y = sorted(range(10**5), key=lambda v: -v)
