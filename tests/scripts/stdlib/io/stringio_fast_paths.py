# The native fast paths of StringIO (write, readline, __next__, read, getvalue) and the cases
# they hand to the Python methods: must behave the same either way.
import io

s = io.StringIO()
print(s.write("abc"), s.write(""), s.write("déjà\n"), s.write("x\r\ny"))
print(repr(s.getvalue()), s.tell())
s.seek(1)
print(s.write("ZZ"), repr(s.getvalue()), s.tell())
s.seek(20)
print(s.write("!"), repr(s.getvalue()), s.tell())
s.seek(0)
print([s.readline() for _ in range(4)])
s.seek(0)
print(repr(s.readline(2)), repr(s.readline(None)), repr(s.readline(-5)), repr(s.read(3)), repr(s.read()))
s.seek(2)
print(repr(s.read(None)), repr(s.read()), repr(s.readline()))
try:
    s.write(b"x")
except TypeError as e:
    print("TypeError", e)
try:
    s.readline("3")
except TypeError as e:
    print("TypeError", e)


class Str(str):
    pass


print(s.write(Str("sub")), repr(s.getvalue()[-3:]))
for nl in (None, "", "\n", "\r", "\r\n"):
    t = io.StringIO("a\rb\r\nc\nd", newline=nl)
    print(repr(nl), list(t), t.newlines)
    t = io.StringIO(newline=nl)
    for piece in ("one\r", "\ntwo\n", "three\r\n", "four"):
        t.write(piece)
    t.seek(0)
    print(repr(nl), repr(t.getvalue()), [t.readline() for _ in range(5)], repr(t.read()))


class Lines(io.StringIO):
    def readline(self, size=-1):
        return super().readline(size).upper()

    def write(self, s):
        return super().write(s * 2)


u = Lines()
print(u.write("ab\ncd\n"), repr(u.getvalue()))
u.seek(0)
print(list(u))
print(io.StringIO.write(u, "q"), io.StringIO.readline(u), repr(io.StringIO.getvalue(u)))
u.seek(0)
print(next(iter(u)), u.read(2))

c = io.StringIO("x\ny")
c.close()
for call in (lambda: c.write("a"), lambda: c.readline(), lambda: c.read(), lambda: c.getvalue(),
             lambda: next(c), lambda: c.readline(1), lambda: c.write(1)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
w = io.StringIO()
big = "".join(w.write("é%d," % i) and "" for i in range(3000))
w.seek(0)
print(len(w.getvalue()), w.readline()[-10:], w.read(5), w.tell())
it = io.StringIO("a\nb")
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
