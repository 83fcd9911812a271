# bytes patterns over bytes, bytearray and memoryview; mixing str and bytes.
import re

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

p = re.compile(rb'(\w+)=(\d+)')
print(p, p.flags, p.pattern)
m = p.search(b'  key=42 ')
print(m, m.group(1), m.groups(), m.span(2), m.string)
print(p.findall(b'a=1 b=2'), p.sub(rb'\2=\1', b'a=1 b=2'), p.split(b'x a=1 y'))
print(re.findall(rb'\d+', bytearray(b'a12b3')), re.search(rb'b+', memoryview(b'abbbc')))
m = re.search(rb'b+', bytearray(b'abbbc'))
print(m, type(m.group()).__name__, type(m.string).__name__)
print(re.sub(rb'a', b'x', bytearray(b'banana')), re.sub(b'a', bytearray(b'y'), b'banana'))
print(re.sub(rb'(a)', lambda m: m.group(1).upper(), b'banana'), re.subn(b'n', b'', b'banana'))
print(re.split(rb'\s+', b'a  b\tc'), re.fullmatch(rb'[\x00-\xff]+', bytes(range(256))) is not None)
print(re.findall(rb'\w', b'a\xe9b'), re.findall(rb'\w', b'a\xe9b', re.L), re.match(b'\xe9', b'\xc9', re.I))
print(re.escape(b'\x00a.b\xff'), [m.span() for m in re.finditer(rb'a*', b'baa')])
print(re.compile(b'a') == re.compile(b'a'), re.compile(b'a') == re.compile('a'))

attempt('str pattern, bytes subject', lambda: re.match('a', b'a'))
attempt('bytes pattern, str subject', lambda: re.match(b'a', 'a'))
attempt('str pattern, bytearray', lambda: re.search('a', bytearray(b'a')))
attempt('bytes pattern, int', lambda: re.search(b'a', 5))
attempt('str pattern, None', lambda: re.findall('a', None))
attempt('bytes sub str repl', lambda: re.sub(b'a', 'x', b'a'))
attempt('str sub bytes string', lambda: re.sub('a', 'x', b'a'))
attempt('bytes sub returns str', lambda: re.sub(b'a', lambda m: 'x', b'a'))
attempt('finditer mix', lambda: re.finditer('a', b'a'))
attempt('split mix', lambda: re.split(b'a', 'a'))
attempt('escape list', lambda: re.escape([1]))
