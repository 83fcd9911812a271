# expect: MemoryError
x = 1 << 10**10
