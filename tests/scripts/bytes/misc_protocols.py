b = b'hello'
print(list(reversed(b)), bytes(reversed(b)), list(enumerate(b'ab')), list(zip(b'ab', b'xy')), any(b'\x00'), all(b'ab'))
print(b'a' in [b'a'], b'a' in (bytearray(b'a'),), bytearray(b'a') in [b'a'], b'a' in {b'a': 1}, {b'x': 1}.get(bytearray(b'x').decode().encode()))
print(sorted([b'b', b'a', b'', b'ab', b'\xff']), sorted([bytearray(b'z'), b'y']), max([b'ab', b'b']), min(b'a', b'B'))
print(f'{b}', f'{b!r:>12}', f'{bytearray(b"x")}', '%s|%r|%a' % (b, b, b'\xe9'), str(b'').join(['a', 'b']), len(str(b'abc')))
x, y, *rest = b'xyz12'
print(x, y, rest, [*b'ab'], (*bytearray(b'c'),), dict.fromkeys(b'aa'))
print(b'%s' % b'' == b'', bytes(5) == b'\x00' * 5, bytes(False), bytes(True), bytearray(3) == bytes(3), b'a' * True)
print(b'abc'.__len__ if False else len(b'abc'), b'abc'[True], b'abc'[-3], b'abc'[0:100:1], b'abc'[2:0:-1], b'abcdef'[-2::-2], b'abc'[3:], b'abc'[::-1][::-1])
print([i for i in memoryview(b'ab')], list(bytearray(b'\x00\x01')), sum(bytearray(range(10))), bytes(bytearray(range(3)) * 2))
d = {}
d[b'k'] = 'bytes'
d['k'] = 'str'
print(d, len(d), b'k' == 'k', hash(b'k') == hash('k'))
print(bytes(map(lambda c: c + 1, b'HAL')), bytes(filter(lambda c: c != 32, b'a b c')), bytearray(c ^ 0xff for c in b'\x0f'))
n = 0
for chunk in (b'ab', b'cd', b'ef'):
    n = n * 256 + int.from_bytes(chunk, 'big')
print(n, hex(n), n.to_bytes(6, 'big'))
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: max(b''))
check(lambda: print('x', end=b''))
check(lambda: ''.join([b'a']))
check(lambda: 'abc'.startswith(b'a'))
check(lambda: int(b'12'))
check(lambda: float(b'1.5'))
check(lambda: int(b'x'))
check(lambda: ord(b'a'))
check(lambda: ord(b'ab'))
check(lambda: chr(b'a'))
check(lambda: b'abc'.index(b'c', 0, 2))
check(lambda: bytes(-5))
key = b'0'
check(lambda: [1][key])
check(lambda: 'x' in b'xy')
check(lambda: b'x'.foo)
check(lambda: sum([b'a'], b''))
check(lambda: sum([b'a'], bytearray()))
print({b'a', b'b', b'c', b'd', b'hello', b'xyz', b'0'}, b'b' in {b'a', b'b', b'c'}, {b'x': 1, b'y': 2, b'z': 3})
