# print(..., file=f) writes through f.write: one call per argument, separator and end.
import io

buf = io.StringIO()
print("hello", 1, [2, 3], file=buf)
print("a", "b", sep="-", end="!\n", file=buf)
print(file=buf)
print("no newline", end="", file=buf)
print(repr(buf.getvalue()))


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)

    def flush(self):
        self.calls.append('<flush>')


class Shout:
    def __str__(self):
        return 'SHOUT'


r = Recorder()
print(1, 'two', Shout(), sep=', ', file=r)
print('x', file=r, flush=True)
print('y', file=r, flush=False)
print(file=r, end='')
print('z', file=None, sep=None, end=None)
print(r.calls)
try:
    print('x', file=1)
except AttributeError as e:
    print('AttributeError', e)
try:
    print('x', file=r, sep=1)
except TypeError as e:
    print('TypeError', e)


class NoFlush:
    def write(self, s):
        pass


try:
    print('x', file=NoFlush(), flush=True)
except AttributeError as e:
    print('AttributeError', e)
