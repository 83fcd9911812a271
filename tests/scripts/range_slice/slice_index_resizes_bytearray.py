# A slice bound's __index__ may resize the bytearray being sliced: the slice is resolved
# against the length after the bounds are computed, as in CPython, so nothing reads, writes or
# deletes past the end (these used to panic or underflow).


class Grows:
    def __init__(self, target, value):
        self.target = target
        self.value = value

    def __index__(self):
        self.target.extend(b"xyz")
        return self.value


class Clears:
    def __init__(self, target, value):
        self.target = target
        self.value = value

    def __index__(self):
        self.target.clear()
        return self.value


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def run(op, cls, stop, step=None):
    ba = bytearray(b"abcd")
    if op == "get":
        return ba[0:cls(ba, stop):step]
    if op == "set":
        # A bytearray value: CPython converts any other value to one and evaluates the
        # slice a second time.
        ba[0:cls(ba, stop):step] = bytearray(b"zz")
    else:
        del ba[0:cls(ba, stop):step]
    return ba


for op in ("get", "set", "del"):
    for cls in (Grows, Clears):
        for step in (None, 2):
            if (op, cls, step) == ("del", Grows, 2):
                continue  # CPython's extended-slice delete misbehaves when the array grew
            show(f"{op} {cls.__name__} {step}", lambda: run(op, cls, 2, step))
show("bytes", lambda: b"abcd"[0:Clears(bytearray(), 2)])
