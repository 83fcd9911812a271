# A registered error handler returns a freshly made replacement and a position object whose
# __index__ allocates a lot (enough for collections to run while the codec holds the
# replacement): the replacement must come through intact.
import codecs

junk = []


class Pos:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        for i in range(200):
            junk.append([str(j) * 3 for j in range(300)])
            if len(junk) > 20:
                junk.pop(0)
        return self.n


calls = 0


def handler(exc):
    global calls
    calls += 1
    fresh = "".join(["<", str(calls), ":", "x" * (calls % 5), ">"])
    return (fresh, Pos(exc.end))


codecs.register_error("test.pos_index", handler)

data = b"ab\xffcd\xfe\xfdef" * 3
print(data.decode("ascii", "test.pos_index"))
print("caf\xe9 \u20ac\u20ac!".encode("ascii", "test.pos_index"))
print(("\u1234-" * 6).encode("latin-1", "test.pos_index"))
print(b"\x80\x81z".decode("utf-8", "test.pos_index"))
print(calls, len(junk))


def bytes_handler(exc):
    return (bytes([65 + exc.start % 26]) * 4, Pos(exc.end))


codecs.register_error("test.pos_index_bytes", bytes_handler)
print("x\u0100y\u0101z".encode("ascii", "test.pos_index_bytes"))
