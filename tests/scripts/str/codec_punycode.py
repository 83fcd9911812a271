# The punycode codec (RFC 3492) as CPython's encodings.punycode: RFC samples, random round
# trips, non-strict decoding and every error.
import random


def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e, ascii(e.args), ascii(e.__cause__), e.__suppress_context__)


for s in ['b\u00fccher', '', 'abc', 'ab-c', '\u00dc', '\u00fc', 'M\u00fcnchen-Ost',
          '\u0644\u064a\u0647\u0645\u0627\u0628\u062a\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064a\u061f',
          '\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587', '\U0001f4a9', 'a\U0001f4a9b\U0001f600c',
          '\u305d\u306e\u30b9\u30d4\u30fc\u30c9\u3067', '3\u5e74B\u7d44\u91d1\u516b\u5148\u751f',
          '-> $1.00 <-', '\u00e9' * 100]:
    enc = s.encode('punycode')
    print(ascii(s), enc, enc.decode('punycode') == s)

random.seed(12)
pools = [(0x20, 0x7f), (0xa0, 0x250), (0x400, 0x500), (0x4e00, 0x4f00), (0x1f300, 0x1f400), (0xac00, 0xad00)]
for _ in range(60):
    n = random.randrange(0, 12)
    s = ''.join(chr(random.randrange(*random.choice(pools))) for _ in range(n))
    enc = s.encode('punycode')
    assert enc.decode('punycode') == s
    print(enc)

t(lambda: b'bcher-kva'.decode('punycode'))
t(lambda: b'BCHER-KVA'.decode('punycode'))
t(lambda: b'bcher-kv'.decode('punycode'))
t(lambda: b'bcher-k!a'.decode('punycode'))
t(lambda: b'bcher-k a'.decode('punycode'))
t(lambda: b'b\xffcher-kva'.decode('punycode'))
t(lambda: b'b\xffcher-kva'.decode('punycode', 'replace'))
t(lambda: b'b\xffcher-kva'.decode('punycode', 'ignore'))
t(lambda: b'bcher-kv\xff'.decode('punycode'))
t(lambda: b'bcher-kv\xff'.decode('punycode', 'replace'))
t(lambda: b'\xff'.decode('punycode'))
t(lambda: b'bcher-kva'.decode('punycode', 'foo'))
t(lambda: b'bcher-kva'.decode('punycode', 'backslashreplace'))
t(lambda: b'99999999999999'.decode('punycode'))
t(lambda: b'99999999999999'.decode('punycode', 'ignore'))
t(lambda: b'a-99999999999'.decode('punycode', 'replace'))
t(lambda: b'a-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz99a'.decode('punycode'))
t(lambda: b'a-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz99a'.decode('punycode', 'replace'))
t(lambda: b'abc-'.decode('punycode'))
t(lambda: b'-abc'.decode('punycode'))
t(lambda: b'ABC'.decode('punycode'))
t(lambda: b'a-b-c'.decode('punycode'))
t(lambda: b'a-'.decode('punycode'))
t(lambda: b'-'.decode('punycode'))
t(lambda: b''.decode('punycode'))
t(lambda: b'a-!'.decode('punycode', 'ignore'))
t(lambda: b'ba-ZZZZZZZZ'.decode('punycode', 'replace'))
t(lambda: bytearray(b'bcher-kva').decode('punycode'))
t(lambda: str(b'bcher-kva', 'punycode'))
t(lambda: str(memoryview(b'bcher-kva'), 'Punycode'))
t(lambda: 'b\u00fccher'.encode('punycode', 'nonsense'))
t(lambda: 'b\u00fccher'.encode('PUNYCODE'))
