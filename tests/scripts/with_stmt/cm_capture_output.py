lines = []
def emit(*parts):
    lines.append(" ".join(str(p) for p in parts))
class Capture:
    def __init__(self):
        self.captured = []
    def __enter__(self):
        global emit
        self.saved = emit
        def capturing(*parts):
            self.captured.append(" ".join(str(p) for p in parts))
        emit = capturing
        return self.captured
    def __exit__(self, *exc):
        global emit
        emit = self.saved
        return False
emit("before")
with Capture() as out:
    emit("captured", 1)
    emit("captured", 2)
emit("after")
print(lines, out)
try:
    with Capture() as out2:
        emit("partial")
        raise KeyError("oops")
except KeyError:
    emit("restored after error")
print(lines, out2)
with Capture() as outer:
    emit("outer")
    with Capture() as inner:
        emit("inner")
    emit("outer again")
print(outer, inner, lines[-1])
