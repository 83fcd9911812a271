# io.StringIO: reading, writing, seeking, truncating, iteration, closing, errors.
import io

s = io.StringIO('line one\nline two\nlast')
print(s.read(4), repr(s.read(0)), s.tell(), repr(s.readline()), s.tell())
print(repr(s.readline(3)), repr(s.readline(-1)), repr(s.readline()), repr(s.read()), repr(s.readline()))
print(s.seek(0), s.readlines())
print(s.seek(0), s.readlines(10), s.readlines(1), s.readlines())
s.seek(0)
print([line for line in s])
s.seek(5)
print(list(s))
print(s.getvalue(), s.tell())

# Writing overwrites from the position; writing past the end pads with NUL.
s = io.StringIO()
print(s.write('hello'), s.write(' world'), s.tell(), repr(s.getvalue()))
print(s.seek(6), s.write('W'), s.tell(), repr(s.getvalue()))
print(s.seek(3), s.write('LOOOONGER'), repr(s.getvalue()))
print(s.seek(20), s.write('!'), repr(s.getvalue()), s.tell())
print(s.seek(30), s.write(''), repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.seek(0, 1), s.seek(2), s.seek(0, 1))
s.writelines(['a', 'b', 'c'])
print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.truncate(), repr(s.getvalue()), s.tell(), s.truncate(10), repr(s.getvalue()))
u = io.StringIO('é中😀x')
print(u.read(1), u.tell(), u.read(2), u.tell(), u.seek(1), u.write('E'), u.getvalue())

# Many small writes then getvalue (the usual report builder).
out = io.StringIO()
for i in range(1000):
    out.write(str(i))
    out.write(',')
v = out.getvalue()
print(len(v), v[:20], v[-10:])
print(out.write('tail'), out.getvalue()[-8:])

# Context manager, closing, and the flags.
with io.StringIO('ctx') as f:
    print(f.read(), f.readable(), f.writable(), f.seekable(), f.isatty(), f.closed, f.flush())
    print(f.line_buffering, f.encoding, f.errors, f.newlines)
print(f.closed, f.close(), f.closed)

def attempt(fn):
    try:
        r = fn()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for op in [lambda: f.read(), lambda: f.write('x'), lambda: f.getvalue(), lambda: f.tell(), lambda: f.seek(0),
           lambda: f.readline(), lambda: f.readable(), lambda: f.truncate(), lambda: next(f), lambda: iter(f),
           lambda: f.__enter__(), lambda: f.readlines(), lambda: f.writelines([])]:
    attempt(op)

s = io.StringIO('abc')
for op in [lambda: s.read('x'), lambda: s.read(None), lambda: s.readline('x'), lambda: s.seek('x'),
           lambda: s.seek(0, 'x'), lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(-1, 2),
           lambda: s.seek(0, 3), lambda: s.seek(2**70), lambda: s.truncate(-1), lambda: s.truncate('x'),
           lambda: s.write(1), lambda: s.write(b'x'), lambda: s.writelines([1]), lambda: s.readlines('x'),
           lambda: io.StringIO(1), lambda: io.StringIO(b'x'), lambda: io.StringIO('', 'x'),
           lambda: io.StringIO('', 1), lambda: s.fileno(), lambda: s.detach(), lambda: io.StringIO(None).getvalue()]:
    attempt(op)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
r = repr(io.StringIO())
print(r.startswith('<_io.StringIO object at 0x'), r.endswith('>'), type(io.StringIO()), io.StringIO)
print(io.StringIO.__name__, io.StringIO.__module__, io.StringIO.__qualname__)

