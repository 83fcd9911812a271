# expect: fuel exhausted|timeout
x = [0] * 10**7
while True:
    y = -1 in x
