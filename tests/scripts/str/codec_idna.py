# The idna codec (RFC 3490 with nameprep) as CPython's encodings.idna: ToASCII/ToUnicode per
# label, the four dots, label lengths, nameprep's mapping, prohibitions and bidi rules, and
# CPython's wrapped UnicodeError messages.


def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, ascii(str(e)), ascii(e.args), ascii(e.__cause__), e.__suppress_context__)


for s in ['b\u00fccher.de', 'www.example.com', 'EXAMPLE.com', 'Stra\u00dfe.de', '\u00c4\u00d6\u00dc.de',
          'a\u00adb.de', '\ufb01.de', '\U0001f4a9.la', 'a\u3002b\uff0ec\uff61d.', '\u00e4\u3002b\uff0ec\uff61d.',
          '\u00e4.', '\x00\u00e4', '\u0627\u0644\u0639\u0631\u0628\u064a\u0629.eg', '\u4e2d\u6587.\u4e2d\u56fd',
          '\u0440\u043e\u0441\u0441\u0438\u044f.\u0440\u0444', '\u1100\u1161.kr', 'caf\u0065\u0301.fr',
          '\u212bngstr\u00f6m.se', 'a\u200bb.com', '\u2163.com', 'x' * 63 + '.com', 'x' * 62 + '\u00e9',
          '\u00e9' * 20, 'a..b', 'a.b.', '.', 'ab' * 40, '\u00e4' * 64, 'xn--\u00e4', 'XN--\u00e4',
          '\u0627a\u0627', '\u0627a', '\u06271', '1\u0627', '\u05d0\u05d1', '\u05d0-\u05d1', '\u0627\u0661',
          '\u00e4\u3000b', '\u00e4\ue000', '\u00e4\u200e', '\u00e4\u2ff0', '\u00e4\ufffd', '\u00e4\U000e0001',
          '\u00e4\u0340', '\u00e4\u00a0', '\u00e4 ', '\u00e4\u0085', '\u00e4\u2028', '\u00e4\U0001d400',
          '\u00e4\u0221', '\u00e4\u03f7', 'A\u030a.dk', '\u3002', '\u00e4\u3002\u3002b', '']:
    t(lambda: s.encode('idna'))

for b in [b'xn--bcher-kva.de', b'www.example.com', b'xn--bcher-kva', b'XN--BCHER-KVA', b'xn--BCHER-KVA',
          b'Xn--bcher-kva', b'xn--bcher-kva..', b'.', b'..', b'', b'xn--', b'xn--ls8h.la', b'xn--zca',
          b'xn--a-ecp.ru', b'xn--bcher-kv', b'xn--bcher-k!a', b'\xff.abc', b'xn--\xff', b'xn--bcher-kva.\xff',
          b'xn--abc', b'a\xffxn--', b'xn--4ca.', b'xn--mgbh0fb.xn--kgbechtv', b'xn--fiqs8s',
          b'xn--e1afmkfd.xn--p1ai', b'xn--caf-dma.fr', b'xn--ab-', b'xn--ab-9999999999', b'xn--d1a' * 30,
          b'a' * 100, b'a.' * 40, b'xn--' + b'a' * 70]:
    t(lambda: b.decode('idna'))

t(lambda: 'a'.encode('idna', 'strict'))
t(lambda: 'a'.encode('idna', 'ignore'))
t(lambda: 'a'.encode('idna', 'nonsense'))
t(lambda: b'a'.decode('idna', 'replace'))
t(lambda: b'a'.decode('IDNA'))
t(lambda: bytearray(b'xn--bcher-kva').decode('idna'))
t(lambda: str(b'xn--bcher-kva.de', 'idna'))
t(lambda: str(memoryview(b'xn--bcher-kva.de'), encoding='idna'))
t(lambda: 'b\u00fccher.de'.encode(encoding='idna'))

# The wrapped error's cause and the chain as printed when the error is not caught.
try:
    '\u00e4..b'.encode('idna')
except UnicodeError as e:
    c = e.__cause__
    print(type(c).__name__, c, c.args, c.__cause__, c.__context__, e.__context__)
try:
    b'xn--bcher-kv'.decode('idna')
except UnicodeError as e:
    print(e.__cause__, '|', e.__cause__.__cause__)
try:
    try:
        raise KeyError('k')
    except KeyError:
        'a..b'.encode('idna')
except UnicodeError as e:
    print(repr(e.__context__), e.__suppress_context__)
