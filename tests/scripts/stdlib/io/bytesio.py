# io.BytesIO: reading, writing, seeking (relative seeks allowed), truncating, buffers.
import io

b = io.BytesIO(b'first line\nsecond\nthird')
print(b.read(5), b.tell(), b.readline(), b.readline(3), b.readline(), b.read(), b.read(), b.readline())
b.seek(0)
print(b.readlines(), b.seek(0), list(b), b.seek(0), b.readlines(12))
print(b.seek(-5, 2), b.read(), b.seek(-100, 1), b.tell(), b.seek(3, 1), b.seek(0, 1))
print(b.getvalue())

w = io.BytesIO()
print(w.write(b'abc'), w.write(bytearray(b'def')), w.write(memoryview(b'ghi')), w.getvalue(), w.tell())
print(w.seek(2), w.write(b'XY'), w.getvalue(), w.seek(12), w.write(b'!'), w.getvalue())
print(w.truncate(5), w.getvalue(), w.tell(), w.seek(1), w.truncate(), w.getvalue(), w.write(b''))
w.writelines([b'1', b'2'])
print(w.getvalue(), w.read1(), w.seek(0), w.read1(2), w.read1(-1))
buf = bytearray(4)
r = io.BytesIO(b'xyz')
print(r.readinto(buf), buf, r.readinto(buf), buf)
g = io.BytesIO(b'view')
m = g.getbuffer()
print(type(m).__name__, bytes(m), len(m), m[0])
m[0] = ord('V')
del m
print(g.getvalue())
print(io.BytesIO(bytearray(b'ba')).getvalue(), io.BytesIO(memoryview(b'mv')).read(), io.BytesIO(None).getvalue())

many = io.BytesIO()
for i in range(500):
    many.write(b'%d;' % i)
print(len(many.getvalue()), many.getvalue()[-12:])

with io.BytesIO(b'ctx') as f:
    print(f.read(), f.readable(), f.writable(), f.seekable(), f.isatty(), f.closed)
print(f.closed)

def attempt(fn):
    try:
        r = fn()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for op in [lambda: f.read(), lambda: f.write(b'x'), lambda: f.getvalue(), lambda: f.getbuffer(), lambda: f.tell(),
           lambda: f.seek(0), lambda: f.readline(), lambda: f.readable(), lambda: f.truncate(), lambda: next(f)]:
    attempt(op)
b = io.BytesIO(b'abc')
for op in [lambda: b.read('x'), lambda: b.seek(-1), lambda: b.seek(0, 3), lambda: b.seek('x'),
           lambda: b.write('str'), lambda: b.write(5), lambda: b.truncate(-1), lambda: io.BytesIO('x'),
           lambda: io.BytesIO(3), lambda: b.readline('x'), lambda: b.fileno()]:
    attempt(op)
r = repr(io.BytesIO())
print(r.startswith('<_io.BytesIO object at 0x'), type(io.BytesIO()))
