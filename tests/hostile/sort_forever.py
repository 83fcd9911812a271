# expect: fuel exhausted|timeout
x = list(range(10**6))
while True:
    x.sort(reverse=True)
    x.sort()
