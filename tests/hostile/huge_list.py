# expect: MemoryError
x = [None] * 2**28
