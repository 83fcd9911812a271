# Resizing a bytearray while a memoryview of it is alive: CPython's BufferError. Releasing the
# view (release(), the end of its `with` block) or dropping a temporary view allows it again.


def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except BufferError as e:
        print(label, "BufferError:", e)


b = bytearray(b"abcdef")
m = memoryview(b)


def mul():
    global b
    b *= 2


def add():
    global b
    b += b"x"


def delete_slice():
    del b[1:3]


def delete_item():
    del b[0]


def delete_extended():
    del b[::2]


def grow_slice():
    b[1:2] = b"xyz"


def same_size_slice():
    b[1:3] = b"XY"


def set_item():
    b[0] = 65


for label, f in [
    ("append", lambda: b.append(1)),
    ("extend", lambda: b.extend(b"zz")),
    ("extend empty", lambda: b.extend(b"")),
    ("insert", lambda: b.insert(0, 1)),
    ("pop", lambda: b.pop()),
    ("remove", lambda: b.remove(ord("a"))),
    ("clear", lambda: b.clear()),
    ("+=", add),
    ("*=", mul),
    ("del slice", delete_slice),
    ("del item", delete_item),
    ("del extended", delete_extended),
    ("grow slice", grow_slice),
    ("same size slice", same_size_slice),
    ("set item", set_item),
    ("reverse", lambda: b.reverse()),
]:
    attempt(label, f)
print(b, m.tobytes())

# Errors CPython checks before the export.
for label, f in [("remove missing", lambda: b.remove(0)), ("pop empty", lambda: bytearray().pop())]:
    try:
        f()
    except (ValueError, IndexError) as e:
        print(label, type(e).__name__, e)

m.release()
b.append(ord("!"))
print(b)

# A slice of a view and a view of a view are exports too.
m2 = memoryview(b)[1:3]
attempt("append under a slice view", lambda: b.append(1))
m2.release()
m3 = memoryview(memoryview(b))
attempt("append under a view of a view", lambda: b.append(1))
m3.release()
attempt("append after releases", lambda: b.append(2))
print(b)

# `with` holds the view until the block ends.
with memoryview(b) as v:
    attempt("append in with", lambda: b.append(3))
    print(v[0], len(v))
attempt("append after with", lambda: b.append(4))
with memoryview(b):
    attempt("append in with (no name)", lambda: b.append(5))
attempt("append after with (no name)", lambda: b.append(6))

# Temporary views die at once.
c = bytearray(b"xy")
print(len(memoryview(c)), memoryview(c)[0], bytes(memoryview(c)[1:]), memoryview(c).tolist())
c.append(1)
c.extend(b"zz")
print(c)


def local_view(buf):
    view = memoryview(buf)
    attempt("append with a local view", lambda: buf.append(7))
    return view[0]


print(local_view(c))
c.append(8)
print(c)


def closure_view(buf):
    view = memoryview(buf)

    def inner():
        buf.append(9)

    attempt("append with a view in a closure cell", inner)
    return len(view)


print(closure_view(c))
c.append(10)
print(c)

# A bytes object is never resized; views of it are no exports of anything else.
d = bytearray(b"q")
mb = memoryview(b"bytes")
d.append(1)
print(d, mb.tobytes())

try:
    b.append(1)
    with memoryview(b) as mm:
        b.pop()
except BufferError as e:
    print("raised:", e)
print(b)
