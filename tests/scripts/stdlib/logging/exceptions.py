import io
import logging


def show(text):
    # Traceback lines name the script by its absolute path under CPython: keep the base name.
    for line in text.splitlines():
        if line.startswith('  File "'):
            path, rest = line[8:].split('"', 1)
            line = '  File "' + path.rpartition("/")[2] + '"' + rest
        print(line)

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(levelname)s %(funcName)s:%(lineno)d %(message)s"))
log = logging.getLogger("exc")
log.propagate = False
log.addHandler(h)


def parse(text):
    return int(text)


def load(items):
    total = 0
    for item in items:
        total += parse(item)
    return total


try:
    load(["1", "x"])
except ValueError:
    log.exception("could not load %d items", 2)

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError:
    log.error("chained", exc_info=True)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        [].pop()
except IndexError as e:
    saved = e

log.warning("from an instance", exc_info=saved)
log.warning("from a tuple", exc_info=(type(saved), saved, saved.__traceback__))
log.error("outside any except", exc_info=True)
log.error("exc_info false", exc_info=False)
log.exception("exception outside except")

fresh = ValueError("never raised")
log.error("unraised", exc_info=fresh)


class Custom(Exception):
    pass


def deep(n):
    if n == 0:
        raise Custom("bottom")
    deep(n - 1)


try:
    deep(5)
except Custom:
    log.critical("recursion", exc_info=True)

rec = log.makeRecord("exc", logging.ERROR, "f.py", 1, "m", (), (type(saved), saved, None))
f = logging.Formatter()
text = f.format(rec)
print(text == f.format(rec), rec.exc_text == text.split("\n", 1)[1])
print(repr(f.formatException((None, None, None))))
show(buf.getvalue())
