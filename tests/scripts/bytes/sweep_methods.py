# Differential sweep: search/split/replace/strip/pad methods over many inputs and bounds.
samples = [b'', b'a', b'ab', b'aab', b'abab', b' a b ', b'a,b,,c,', b'xxaxxbxx', b'\t\nA b\r\nC\x0b', b'aaaa', b'Hello World', b'\x00\xff\x80']
needles = [b'', b'a', b'ab', b'x', b'xx', b',', b' ', b'aa', b'\xff']
bounds = [None, 0, 1, -1, 2, -3, 5, 100, -100]
for s in samples:
    for n in needles:
        for a in bounds[:5]:
            for b in bounds:
                print(s.find(n, a, b), s.rfind(n, a, b), s.count(n, a, b), s.startswith(n, a, b), s.endswith(n, a, b), end=' ')
        print()
        if n:
            for m in (-1, 0, 1, 2):
                print(s.split(n, m), s.rsplit(n, m), s.replace(n, b'<>', m), s.partition(n), s.rpartition(n))
        print(s.replace(n, b'', 2), s.replace(n, b'-'), s.strip(n), s.lstrip(n), s.rstrip(n))
    for m in (-1, 0, 1, 2):
        print(s.split(None, m), s.rsplit(None, m))
    print(s.splitlines(), s.splitlines(True), s.title(), s.swapcase(), s.capitalize(), s.expandtabs(3), s.center(7, b'*'), s.zfill(6), s.hex(':', 3), s.hex('.', -2), s.istitle(), s.islower(), s.isupper())
    ba = bytearray(s)
    for i in (0, 1, -1, 5):
        try:
            c = bytearray(ba); c.insert(i, 33); d = bytearray(ba); del d[i:i+2]; e = bytearray(ba); e[i:i] = b'!!'
            f = bytearray(ba); f[::2] = bytes(len(f[::2])); g = bytearray(ba); del g[::-2]
            print(c, d, e, f, g, ba[i::-1], ba[i::2], ba[::-i if i else 1])
        except Exception as ex:
            print(type(ex).__name__, ex)
