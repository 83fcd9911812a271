# Copies of a memoryview's bytes longer than pyrite's 1 MiB pass chunk (work_meter::TEXT_CHUNK),
# made a metered chunk at a time: strided views compared, hashed, listed, copied and passed as
# arguments; a contiguous view passed as an argument. Results must be CPython's whatever the
# chunking.
C = 1 << 20

pattern = bytes(range(256))
b = pattern * (3 * C // 256) + b'tail'
mv = memoryview(b)

s2 = mv[::2]
s3 = mv[1::3]
rv = mv[::-1]
print(len(s2), len(s3), len(rv))
print(s2 == b[::2], s3 == b[1::3], rv == b[::-1])
print(s2 == b[1::2], s3 == s3, s2 == mv[::2])
print(hash(s2) == hash(b[::2]), hash(rv) == hash(b[::-1]), hash(s3))
t = s2.tolist()
print(len(t), t[:5], t[C - 2:C + 3], t[-5:], sum(t))
t = rv.tolist()
print(len(t), t[:5], t[C - 2:C + 3], t[-5:])
t = mv.tolist()
print(len(t), t[C - 1:C + 2], t[-4:])
print(s3.tobytes() == b[1::3], len(rv.tobytes()), rv.tobytes()[:6])

# Views passed where a bytes-like argument is copied (contiguous ones: CPython refuses a
# strided view as an argument except to the constructors, with BufferError, which pyrite
# does not raise yet).
print(bytes(s2) == b[::2], bytearray(rv)[:4], len(bytes(mv)), bytes(s3)[-3:])
part = mv[C // 4:C // 4 + C + 3]
print(b.find(part), b.rfind(part), b.count(mv[:3]), b.startswith(mv[:C + 5]), part in b)
print(b'-'.join([mv[:3], part[:2]]), len(b'|'.join([part, mv])))
print(b.replace(mv[:C + 1], b'X')[:4], b.endswith(mv[-C - 2:]), b.split(mv[5:C + 7])[1][:3])
print((b + part)[-6:], len(b + mv), bytearray(b) == part, part == b[C // 4:C // 4 + C + 3])
ba = bytearray(b)
ba[C - 5:C + 5] = mv[:10]
print(ba[C - 6:C + 6])
ba += part
print(len(ba), ba[-4:])

# A writable strided view compares but does not hash.
wv = memoryview(bytearray(b))[::2]
print(wv == s2, wv != s3)
try:
    hash(wv)
except ValueError as e:
    print('ValueError:', e)
