# expect: MemoryError|memory limit|fuel exhausted|timeout
s = 'a' * 10**6
while True:
    s = s.replace('a', 'aa')
