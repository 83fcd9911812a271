a, b = b'abc', b'abd'
print(a + b, a * 2, 2 * a, a * 0, a * -1, bytearray(b'x') + b'y', b'y' + bytearray(b'x'))
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == bytearray(b'abc'), bytearray(b'abc') < b)
print(a == 'abc', a != 'abc', 'abc' == a, a == 97, [b'a'] == [b'a'], (b'a', 1) < (b'b', 0))
print(hash(b'abc'), hash(b''), hash(b'\x00'), hash(b'hello world' * 3), hash(b'a') == hash(b'a'))
print(a[0], a[-1], a[1:], a[::-1], a[::2], a[5:], a[-10:2], bytearray(b'hello')[1:4], bytearray(b'hello')[-1])
print(97 in a, b'bc' in a, b'' in a, bytearray(b'a') in a, b'x' in bytearray(b'xyz'), memoryview(b'b') in a)
print(list(a), tuple(bytearray(b'hi')), [x for x in b'\x00\xff'], len(a), len(bytearray(5)), bool(b''), bool(b'\x00'))
print(sorted(b'hello'), max(b'abc'), min(bytearray(b'abc')), sum(b'\x01\x02'), set(b'abca') == {97, 98, 99})
d = {b'k': 1, b'j': 2}
print(d[b'k'], b'j' in d, {b'a', b'a', b'b'} == {b'a', b'b'}, sorted([b'b', b'a', b'ab']))
print(a.__class__, bytes is type(a), isinstance(a, bytes), isinstance(bytearray(), bytes), issubclass(bytearray, object))
it = iter(b'xy')
print(type(it).__name__, next(it), next(it), type(iter(bytearray())).__name__, type(iter(memoryview(b''))).__name__)
x = b'ab'
x += b'cd'
x *= 2
print(x)
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: b'a' + 'b')
check(lambda: b'a' + 1)
check(lambda: 'a' + b'b')
check(lambda: b'a' * 'x')
check(lambda: b'a'[5])
key = 'x'
check(lambda: b'a'[key])
check(lambda: bytearray(b'a')[5])
check(lambda: bytearray(b'a')[1.5])
check(lambda: 300 in b'a')
check(lambda: -1 in b'a')
check(lambda: 'a' in b'a')
check(lambda: None in b'a')
check(lambda: b'a' < 'a')
check(lambda: hash(bytearray()))
check(lambda: b'a' - b'a')
check(lambda: -b'a')
check(lambda: b'a' * 2**70)
check(lambda: bytearray(b'a') < 'x')
check(lambda: {bytearray(b'a'): 1})
check(lambda: b'a' + memoryview(b'b'))
