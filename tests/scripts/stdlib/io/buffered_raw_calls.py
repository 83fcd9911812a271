# BufferedReader and BufferedWriter over a script's own RawIOBase: the raw stream sees CPython's
# calls (tell at construction, readinto sizes, whole blocks read directly, writes on overflow).
import io
class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data; self.pos = 0; self.out = bytearray()
    def readable(self): return True
    def writable(self): return True
    def seekable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        print(f"  readinto({len(b)}) -> {n}", type(b).__name__)
        b[:n] = self.data[self.pos:self.pos+n]; self.pos += n
        return n
    def write(self, b):
        print(f"  write({len(b)}) {type(b).__name__}")
        self.out += b; return len(b)
    def seek(self, p, w=0):
        print(f"  seek({p},{w})")
        if w == 0: self.pos = p
        elif w == 1: self.pos += p
        else: self.pos = len(self.data) + p
        return self.pos
    def tell(self):
        print("  tell"); return self.pos
    def flush(self):
        print("  flush"); 
    def close(self):
        print("  close"); super().close()
r = io.BufferedReader(Raw(bytes(range(50))), buffer_size=16)
for call in ["r.read(3)", "r.peek()", "r.read1(5)", "r.read1()", "r.read(20)", "r.readline()", "r.tell()", "r.seek(2)", "r.seek(3, 1)", "r.read(40)", "r.read()", "r.read(5)", "r.seek(-4, 2)", "r.read()", "r.readable()", "r.writable()", "r.seekable()", "r.closed", "r.raw.pos", "r.flush()", "r.close()", "r.closed", "r.read()"]:
    print(call)
    try: print("  ->", repr(eval(call)))
    except Exception as e: print("  ->", type(e).__name__, e)
print("writer")
raw = Raw(b"")
w = io.BufferedWriter(raw, buffer_size=8)
for call in ["w.write(b'abc')", "w.write(b'defgh')", "w.write(b'ij')", "w.tell()", "w.write(b'x'*20)", "w.write(b'yz')", "w.flush()", "w.flush()", "w.seek(0)", "w.write(b'Q')", "w.close()", "w.closed", "bytes(raw.out)", "w.write(b'z')"]:
    print(call)
    try: print("  ->", repr(eval(call)))
    except Exception as e: print("  ->", type(e).__name__, e)

# readinto / readinto1 / peek / readline with a limit, over a small buffer
r = io.BufferedReader(Raw(b"line one\nline two\nthe third line is long\nend"), buffer_size=8)
b = bytearray(5)
print(r.readinto(b), bytes(b))
print(r.peek(1), r.readline(3), r.readline())
b = bytearray(20)
print(r.readinto1(b), bytes(b))
print(r.readinto(b), bytes(b))
print(r.tell(), r.seek(-5, 1), r.read(2), r.seek(1, 1), r.read())
r.close()  # explicitly: CPython would close it when collected, pyrite has no finalizers
print(list(io.BufferedReader(io.BytesIO(b"a\nb\n\nc"), 2)))
w = io.BufferedWriter(io.BytesIO(), 4)
w.writelines([b"ab", bytearray(b"cd"), memoryview(b"efghij")])
print(w.tell(), w.raw.getvalue())
w.flush()
print(w.raw.getvalue(), w.detach().getvalue())
try:
    w.write(b"x")
except ValueError as e:
    print("ValueError:", e)


class Chatty(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data

    def read(self, n=-1):
        out, self.data = self.data[:n], self.data[n:]
        return out


c = Chatty(b"0123456789\nabc")
buf = bytearray(4)
print(c.readinto(buf), buf, c.readline(), c.readlines(), c.readable(), c.closed)
