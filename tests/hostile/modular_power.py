# expect: fuel exhausted|timeout
x = pow(3, 1 << 10**8, 10**9 + 7)
