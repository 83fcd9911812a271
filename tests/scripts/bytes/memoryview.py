m = memoryview(b'abcdef')
print(m[0], m[-1], m[1:4].tobytes(), m[::2].tobytes(), m[::-1].tolist(), m.tolist(), len(m), len(m[2:]), bytes(m[1:3]))
print(m == b'abcdef', m == bytearray(b'abcdef'), m[1:3] == b'bc', m == b'x', b'abcdef' == m, m != b'abcdef', m == m[:], m == 'abcdef')
print(m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj, m.c_contiguous, m[::2].contiguous)
print(list(m[4:]), [x for x in m[:2]], m.hex(), m[1:3].hex(':'), bytes(m), bytearray(m), m.tobytes() + b'!')
ba = bytearray(b'xyz')
mv = memoryview(ba)
print(mv.readonly, mv.tobytes(), mv[1], b'xyz' == mv, mv.obj is ba, memoryview(mv).tobytes(), memoryview(m[1:]).tobytes())
with memoryview(b'ctx') as v:
    print(v.tobytes())
print(v.tobytes() if False else "released")
mr = memoryview(b'rel')
mr.release()
mr.release()
print(hash(memoryview(b'ab')) == hash(b'ab'), type(m).__name__, isinstance(m, memoryview))
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: m[10])
check(lambda: m['x'])
check(lambda: memoryview('a'))
check(lambda: memoryview(5))
check(lambda: memoryview())
check(lambda: mr.tobytes())
check(lambda: len(mr))
check(lambda: mr[0])
check(lambda: m < m)
check(lambda: hash(mv))
buf = bytearray(b'abcdef')
w = memoryview(buf)
w[0] = 65
w[1:3] = b'XY'
w[::2] = b'123'
w[-1] = 0x7a
tail = w[3:]
tail[0] = ord('!')
print(buf, w.tobytes(), tail.tobytes(), w.readonly, tail.readonly)
def setter(view, i, v):
    def f():
        view[i] = v
    return f
def deleter(view, i):
    def f():
        del view[i]
    return f
check(setter(w, 0, 256))
check(setter(w, 0, b'x'))
check(setter(w, slice(0, 2), b'x'))
check(setter(memoryview(b'ab'), 0, 1))
check(setter(w, 9, 1))
check(setter(w, slice(0, 1), 5))
check(deleter(w, 0))
check(setter(w, -1, -1))
