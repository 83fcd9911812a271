# expect: MemoryError
s = ('\t' * 10**6).expandtabs(10**4)
