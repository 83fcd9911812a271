# zlib: compress output byte for byte (levels, wbits, stored blocks past 64 KiB), streams, dictionaries, errors.
import zlib, random
random.seed(5)
def t(f, *a, **k):
    try:
        r = f(*a, **k); print(repr(r)[:100] if not isinstance(r, bytes) else (len(r), r[:40], zlib.crc32(r)))
    except Exception as e: print(type(e).__name__, e)
inputs = [b"", b"a", b"hello world" * 3, b"The quick brown fox jumps over the lazy dog. " * 200, bytes(range(256)) * 20,
          random.randbytes(5000),
          b"".join(random.choice([b"abc", b"defg", b"xyz", b"0123456789"]) for _ in range(8000)),
          random.randbytes(70000), b"\0" * 300000]
for d in inputs:
    for lvl in [-1, 0, 1, 5, 9]:
        for wbits in [15, 9, -15, 31, -9]:
            c = zlib.compress(d, lvl, wbits)
            print(len(d), lvl, wbits, len(c), zlib.crc32(c), zlib.decompress(c, wbits) == d)
    co = zlib.compressobj(6)
    parts = [co.compress(d[i:i+1000]) for i in range(0, len(d), 1000)] + [co.flush()]
    c = b"".join(parts)
    print("obj", len(c), zlib.crc32(c), c == zlib.compress(d))
    do = zlib.decompressobj()
    out = b""
    for i in range(0, len(c), 100):
        out += do.decompress(c[i:i+100])
    out += do.flush()
    print("dobj", out == d, do.eof, do.unused_data, do.unconsumed_tail)
c = zlib.compress(b"hello world" * 10)
t(zlib.decompress, c + b'junk'); t(zlib.decompress, c[:-3]); t(zlib.decompress, b'xxxx'); t(zlib.decompress, b''); t(zlib.compress, b'x', 10); t(zlib.compress, b'x', -2); t(zlib.compress, b'x', wbits=99); t(zlib.compress, b'x', wbits=8); t(zlib.compress, b'x', wbits=-8); t(zlib.compress, b'x', wbits=24); t(zlib.compress, b'x', wbits=0)
t(zlib.decompress, c, wbits=99); t(zlib.decompress, c, wbits=9); t(zlib.decompress, c, wbits=0); t(zlib.decompress, c, wbits=47); t(zlib.decompress, zlib.compress(b'abc', wbits=31), wbits=47); t(zlib.decompress, c, bufsize=0); t(zlib.decompress, c, bufsize=-1); t(zlib.decompress, c, wbits=-15); t(zlib.decompress, c, wbits=31)
t(zlib.decompress, zlib.compress(b'abc', wbits=9), wbits=9); t(zlib.decompress, zlib.compress(b'abc', wbits=-9), wbits=-15)
t(zlib.decompressobj, wbits=99); t(zlib.compressobj, wbits=99); t(zlib.compressobj, level=99); t(zlib.compressobj, method=9); t(zlib.compressobj, memLevel=99)
d = zlib.decompressobj(); t(d.decompress, c, 5); print(d.unconsumed_tail[:5], d.unused_data, d.eof); t(d.decompress, d.unconsumed_tail); print(d.eof, d.unused_data); t(d.decompress, b'more'); print(d.unused_data)
d = zlib.decompressobj(); t(d.decompress, c, -1); t(d.flush, 0); t(d.flush)
d = zlib.decompressobj(); t(d.decompress, b'garbage')
d = zlib.decompressobj(); t(d.decompress, c[:1]); print(d.unconsumed_tail, d.eof); t(d.decompress, c[1:] + b'tail'); print(d.unused_data, d.eof)
d = zlib.decompressobj(); out = d.decompress(zlib.compress(b'x' * 100000), 10); print(len(out), len(d.unconsumed_tail)); out += d.flush(); print(len(out), d.eof)
d = zlib.decompressobj(); chunks = []; buf = zlib.compress(bytes(range(256)) * 100)
while buf:
    chunks.append(d.decompress(buf, 1000)); buf = d.unconsumed_tail
print(len(chunks), sum(map(len, chunks)), d.eof)
co = zlib.compressobj(); a = co.compress(b'x' * 100); b = co.flush(); t(co.compress, b'y'); t(co.flush); print(a, b)
co = zlib.compressobj(); print(co.compress(b'abc'), co.flush(zlib.Z_SYNC_FLUSH), co.flush(zlib.Z_FULL_FLUSH), co.compress(b'def'), co.flush(zlib.Z_NO_FLUSH), co.flush())
co = zlib.compressobj(9, zlib.DEFLATED, -12); print(co.compress(b'raw data ' * 20) + co.flush())
zd = b'hello world dictionary'
co = zlib.compressobj(zdict=zd); cd = co.compress(b'hello world hello') + co.flush(); print(cd)
t(zlib.decompress, cd)
d = zlib.decompressobj(zdict=zd); t(d.decompress, cd)
d = zlib.decompressobj(); t(d.decompress, cd)
co = zlib.compressobj(wbits=-15, zdict=zd); cr = co.compress(b'hello world hello') + co.flush(); print(cr)
d = zlib.decompressobj(wbits=-15, zdict=zd); t(d.decompress, cr)
t(zlib.crc32, b'abc', 2**40); t(zlib.adler32, b'abc'); t(zlib.adler32, b'abc', -1); t(zlib.crc32, 'x'); t(zlib.compress, 'x'); t(zlib.decompress, 'x'); t(zlib.adler32); t(zlib.crc32, b'', 1, 2)
print(zlib.adler32(b'x' * 100000), zlib.crc32(b'x' * 100000, 7))
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__, zlib.error.__module__, zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.DEF_BUF_SIZE)
