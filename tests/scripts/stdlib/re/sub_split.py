# sub, subn and split: templates, callables, count and maxsplit, empty matches as 3.11.
import re

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home, ann@work'))
print(re.sub(r'(?P<word>\w+)', r'<\g<word>>', 'a bc'), re.sub(r'(\w)', r'\g<1>\g<0>', 'ab'))
print(re.sub('a', r'\n\t\\', 'xay'), re.sub('a', r'\.\-', 'a'), re.sub('a', '\\0101', 'a'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('a*', '', 'baaac'))
print(re.sub('a', 'b', 'aaaa', 2), re.sub('a', 'b', 'aaaa', count=0), re.sub('a', 'b', 'aaaa', -1))
print(re.subn('a', 'b', 'aaaa'), re.subn('z', 'b', 'aaaa'), re.subn('', '-', ''))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'(\w+)', lambda m: m.group(1).upper() if m.start() else None, 'ab cd ef'))
calls = []
def record(m):
    calls.append((m.group(), m.span(), m.pos, m.endpos))
    return '#'
print(re.sub('o', record, 'foo boo', 3), calls)
print(re.compile(r'\s+').sub(' ', '  many   spaces\there  '))
print(re.sub('(?m)^', '> ', 'line1\nline2\n'))

# template errors, with CPython's messages and positions
for t in [r'\1', r'\g<2>', r'\g<name>', r'\g<1', r'\g<>', r'\g', r'\g<-1>', r'\g<1a>', r'\q', '\\', r'\777', r'\g<0x1>']:
    attempt('sub template ' + repr(t), lambda: re.sub('(a)', t, 'a'))
attempt('sub(5)', lambda: re.sub('a', 5, 'a'))
attempt('sub returns int', lambda: re.sub('a', lambda m: 5, 'bab'))
attempt('sub returns int first', lambda: re.sub('a', lambda m: 5, 'ab'))
attempt('sub bytes template', lambda: re.sub('a', b'x', 'bab'))
attempt('sub bytes template nomatch', lambda: re.sub('a', b'x', 'bbb'))
attempt('sub count str', lambda: re.sub('a', 'b', 'a', 'x'))
attempt('sub missing', lambda: re.compile('a').sub('b'))
attempt('sub raises', lambda: re.sub('a', lambda m: 1 / 0, 'a'))

print(re.split(r',\s*', 'a, b,c,  d'))
print(re.split(r'(,)\s*', 'a, b,c'), re.split(r'(,)|(;)', 'a,b;c'))
print(re.split('x*', 'axbc'), re.split('', 'abc'), re.split(r'\b', 'ab cd'))
print(re.split(',', 'a,b,c,d', 2), re.split(',', 'a,b,c', maxsplit=-1), re.split(',', ''))
print(re.split('(b)', 'abcbd', 1), re.split('^', 'a\nb', flags=re.M), re.split('$', 'a\nb', flags=re.M))
print(re.compile(r'\W+').split('Words, words, words.'))
attempt('split(None)', lambda: re.split('a', None))
attempt('split maxsplit str', lambda: re.split('a', 'a', 'x'))

# a function that allocates (and may trigger collections) between matches
def noisy(m):
    junk = [list(range(20)) for _ in range(30)]
    return m.group().upper() + str(len(junk))
print(re.sub(r'\w', noisy, 'ab cd' * 20)[:60], re.sub('é', noisy, 'aéb' * 30)[:40])
print(re.subn(rb'a', lambda m: bytes(m.group()) * 2, b'banana' * 10)[1])
s = 'x' + 'y' * 50
print(re.sub('y', lambda m: m.string[m.start() - 1], s)[:10])
