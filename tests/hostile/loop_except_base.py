# expect: fuel exhausted|timeout
# Catching everything does not catch the limit.
n = 0
while True:
    try:
        n += 1
    except BaseException:
        pass
    except:
        pass
