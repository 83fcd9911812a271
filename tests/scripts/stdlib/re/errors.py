# re.error: message, msg, pattern, pos, lineno, colno; other compile-time errors.
import re

def attempt(label, f):
    try:
        print(label, repr(f()))
    except re.error as e:
        print(label, 're.error', e, '|', e.msg, repr(e.pattern), e.pos, e.lineno, e.colno, repr(e))
    except Exception as e:
        print(label, type(e).__name__, e)

for p in ['(a', 'a)', '[a', 'a**', '*a', r'\q', '(?P<1>a)', '(?P<a>a)(?P<a>b)', r'(?P=x)',
          'a{2,1}', '(?<=a+)b', r'\1', '(?z)', '(?', r'\x4', 'a|*', '(?i', '[z-a]', r'\777',
          '(?P<a', '(?#abc', 'a{1,2', '(?(1)a|b|c)', '(?(x)a)', '(?<!a*)b', 'x' * 5 + '(',
          '(?u)a', '(?a)(?u)a', '(?L)a', 'a\n(b', 'ab\ncd\n[x']:
    attempt(repr(p), lambda: re.compile(p))

for p in [b'(a', b'\n\n(', b'(?u)a', b'\\w\\']:
    attempt(repr(p), lambda: re.compile(p))

attempt('compile(5)', lambda: re.compile(5))
attempt('compile(None)', lambda: re.compile(None))
attempt('compile([])', lambda: re.compile([]))
attempt('compile bytearray', lambda: re.compile(bytearray(b'a')))
attempt('compile flags str', lambda: re.compile('a', 'x'))
attempt('compiled + flags', lambda: re.compile(re.compile('a'), re.I))
attempt('L with str', lambda: re.compile('a', re.L))
attempt('A and U', lambda: re.compile('a', re.A | re.U))
attempt('U with bytes', lambda: re.compile(b'a', re.U))
attempt('L and A bytes', lambda: re.compile(b'a', re.L | re.A))

e = re.error('plain')
print(repr(e), e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('bad', 'ab\ncd', 4)
print(str(e), e.lineno, e.colno)
e = re.error('bad', b'ab\ncd', 1)
print(str(e), e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)
try:
    re.compile('(')
except Exception as e:
    print(type(e), isinstance(e, re.error))
