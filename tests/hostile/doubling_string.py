# expect: MemoryError|memory limit|fuel exhausted
s = 'ab'
while True:
    s = s + s
