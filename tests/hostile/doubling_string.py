# expect: MemoryError|memory limit
s = 'ab'
while True:
    s = s + s
