# expect: fuel exhausted|timeout
s = 'ab' * 10**7
while True:
    n = s.count('b') + s.find('c') + len(s.split('a'))
