# expect: memory limit|fuel exhausted|timeout|MemoryError
l = []
i = 0
while True:
    l.append([i])
    i += 1
