s = b'hello world, hello bytes'
print(s.find(b'hello'), s.find(b'hello', 1), s.find(b'xyz'), s.find(111), s.find(b'o', 5, 8), s.find(b''), s.find(b'', 100))
print(s.rfind(b'hello'), s.rfind(108), s.rfind(b'o', 0, 5), s.rfind(b''), s.index(b'world'), s.rindex(b'l'))
print(s.count(b'l'), s.count(b'll'), s.count(b''), s.count(108, 0, 10), b'aaaa'.count(b'aa'), s.count(b'o', -5))
print(s.find(b'h', None, None), s.find(b'e', -100, 2), bytearray(s).find(b'bytes'), s.find(bytearray(b'lo')), s.find(memoryview(b'wor')))
print(s.startswith(b'hello'), s.startswith((b'x', b'hel')), s.startswith(b'world', 6), s.endswith(b'bytes'), s.endswith((b'a', b'tes'), 0, 100))
print(s.endswith(b'hello', 0, 5), b''.startswith(b''), b'abc'.startswith(b'', 3), b'abc'.startswith(b'', 4), bytearray(b'ab').startswith(b'a'))
class I:
    def __index__(self):
        return 2
print(s.find(b'l', I()), s[I()])
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: s.index(b'zz'))
check(lambda: s.rindex(b'zz'))
check(lambda: s.index(300))
check(lambda: s.count('a'))
check(lambda: s.find())
check(lambda: s.find(b'a', 1, 2, 3))
check(lambda: s.find(b'a', 'x'))
check(lambda: s.startswith('a'))
check(lambda: s.startswith(['a']))
check(lambda: s.startswith(('a',)))
check(lambda: s.endswith())
check(lambda: s.find(-1))
