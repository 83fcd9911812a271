# io's stream base classes: the _io bases' default methods and errors, the ABCs over them
# (isinstance through registration), CPython's MROs; BufferedReader/Writer argument errors.
import io
r = io.BufferedReader(io.BytesIO(b"hello\nworld\n"))
for call in ["r.truncate()", "r.readinto(b'xx')", "r.read(-2)", "r.read(None)", "r.readline(None)", "r.detach().getvalue()", "r.read()", "repr(r)", "r.closed", "r.raw"]:
    try: print(call, '->', repr(eval(call)))
    except Exception as e: print(call, '->', type(e).__name__, e)
w = io.BufferedWriter(io.BytesIO())
for call in ["w.write('s')", "w.truncate()", "w.write(b'abc')", "w.truncate(1)", "w.tell()", "w.raw.getvalue()", "w.seek(0, 7)", "w.seek('a')", "w.readable()", "w.read()", "io.RawIOBase().read(None)", "io.BufferedWriter(io.BufferedReader(io.BytesIO()))", "io.BufferedReader(io.BytesIO()).raw.__class__"]:
    try: print(call, '->', repr(eval(call)))
    except Exception as e: print(call, '->', type(e).__name__, e)
class N(io.BytesIO):
    name = "data.bin"
print(repr(io.BufferedReader(N())), io.BufferedReader(N()).name)
try:
    io.BufferedReader(N()).mode
except Exception as e: print(type(e).__name__, e)
r = io.BufferedReader(io.BytesIO(b"a\nbb\nccc\n"))
print(list(r), r.tell())
r.close(); 
try: iter(r)
except Exception as e: print(type(e).__name__, e)
r = io.BufferedReader(io.BytesIO(b"a\nbb\nccc\n"))
print(r.readlines(2), r.readlines())
with io.BufferedReader(io.BytesIO(b"xyz")) as f:
    print(f.read(2), f.closed)
print(f.closed, f.raw.closed)
print(io.BytesIO.__mro__, io.StringIO.__mro__, io.BufferedReader.__mro__)
print(io.IOBase.__mro__, io.BufferedIOBase.__mro__, type(io.IOBase))
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase), isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.RawIOBase))
print(issubclass(io.BufferedReader, io.IOBase), issubclass(io.StringIO, io.BufferedIOBase))
class R(io.RawIOBase):
    pass
r = R()
for call in ["r.read(3)", "r.readall()", "r.readinto(bytearray(2))", "r.write(b'x')", "r.seek(0)", "r.tell()", "r.truncate()", "r.fileno()", "r.readable()", "r.isatty()", "r.readline()", "list(r)", "r.flush()", "r.closed", "vars(r)", "r.close()", "r.closed", "vars(r)", "r.flush()", "r.isatty()", "iter(r)","r.readable()", "r.__enter__()", "r.readline()"]:
    try: print(call, '->', repr(eval(call)))
    except Exception as e: print(call, '->', type(e).__name__, e)
b = io.BufferedIOBase()
for call in ["b.read()", "b.read1()", "b.write(b'')", "b.detach()", "b.readinto(bytearray(3))", "b.readinto1(bytearray(3))"]:
    try: print(call, '->', repr(eval(call)))
    except Exception as e: print(call, '->', type(e).__name__, e)
t = io.TextIOBase()
for call in ["t.read()", "t.readline()", "t.write('')", "t.detach()", "t.encoding", "t.newlines", "t.errors"]:
    try: print(call, '->', repr(eval(call)))
    except Exception as e: print(call, '->', type(e).__name__, e)
for call in ["io.BufferedReader(io.StringIO())", "io.BufferedReader(object())", "io.BufferedReader(io.BytesIO(), 0)", "io.BufferedWriter(io.BytesIO(b'x'))", "repr(io.BufferedReader(io.BytesIO()))"]:
    try: print(call, '->', repr(eval(call)))
    except Exception as e: print(call, '->', type(e).__name__, e)
