# Contiguous and strided memoryviews compared, hashed, copied: a contiguous view's bytes are
# borrowed where they lie (bytes::with_buffer), a strided one's copied; results as CPython's.
b = bytes(range(256)) * 3
ba = bytearray(b)
for m in [memoryview(b), memoryview(b)[5:300], memoryview(b)[::2], memoryview(b)[::-3], memoryview(ba)[10:20], memoryview(b)[0:0]]:
    print(len(m), m == b, m == m.tobytes(), m.tobytes()[:10], bytes(m)[:5])
    try:
        print(hash(m))
    except ValueError as e:
        print('VE', e)
    print(m == ba, ba == m, m.hex()[:20])
m = memoryview(ba)
print(ba == m, m == memoryview(ba), ba + m[:4])
m2 = memoryview(b)[3:9]
m2.release()
try:
    m2 == b
    print(m2 == b)
except ValueError as e:
    print('VE', e)
print(memoryview(b)[1:4] == memoryview(b)[1:4], memoryview(b)[1:4] == memoryview(b)[2:5])
