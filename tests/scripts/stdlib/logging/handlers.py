import io
import logging
import sys

log = logging.getLogger("h")
log.propagate = False
log.setLevel(logging.DEBUG)

out = io.StringIO()
h = logging.StreamHandler(out)
print(repr(h), h.level, h.formatter, h.terminator == "\n")
log.addHandler(h)
log.debug("debug %s", 1)
log.info("info")
h.setLevel("WARNING")
log.info("hidden")
log.warning("warn")
h.terminator = " | "
log.error("one")
log.critical("two")
h.terminator = "\n"
print(repr(out.getvalue()))
print(repr(h))

std = logging.StreamHandler(sys.stdout)
print(repr(std))
std.setFormatter(logging.Formatter("stdout: %(levelname)s %(message)s"))
log.addHandler(std)
log.warning("to stdout")
log.addHandler(std)
print(len(log.handlers))
old = std.setStream(out)
print(old is sys.stdout, std.setStream(out))
log.warning("now to the buffer")
log.removeHandler(std)
print(out.getvalue().splitlines()[-1])


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


lh = ListHandler()
lh.setFormatter(logging.Formatter("%(name)s/%(levelname)s/%(message)s"))
print(repr(lh))
for name in ("h", "h.sub", "h.sub.deep", "hx", "other"):
    logging.getLogger(name).propagate = True
root = logging.getLogger()
root.addHandler(lh)
lh.addFilter(logging.Filter("h.sub"))
for name in ("h", "h.sub", "h.sub.deep", "h.subway", "hx"):
    logging.getLogger(name).error("from %s", name)
print(lh.records)
lh.records.clear()
lh.filters.clear()

only_odd = lambda record: record.args[0] % 2 == 1
lh.addFilter(only_odd)
lh.addFilter(only_odd)
print(len(lh.filters))
for i in range(5):
    root.error("n=%d", i)
print(lh.records)
lh.removeFilter(only_odd)
lh.removeFilter(only_odd)
lh.records.clear()


class Redactor(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.replace("secret", "******")
        return True


root.addFilter(Redactor())
root.error("the secret is out")
print(lh.records)
print(logging.Filter().filter(logging.makeLogRecord({"name": "anything"})))
print(logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.b"})))
print(logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.bc"})))
print(logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.b.c"})))
root.removeHandler(lh)

n = logging.NullHandler()
print(repr(n), n.handle(logging.makeLogRecord({})), n.lock)

plain = logging.Handler()
plain.name = "plain"
print(plain.name, plain.get_name(), repr(plain))
try:
    plain.handle(logging.makeLogRecord({"msg": "x"}))
except NotImplementedError as e:
    print("NotImplementedError", e)
print(plain.format(logging.makeLogRecord({"msg": "default %s", "args": (1,), "levelname": "INFO", "name": "n"})))
plain.close()
plain.flush()


class Broken(logging.Handler):
    def emit(self, record):
        raise RuntimeError("cannot emit")


b = Broken()
log.addHandler(b)
try:
    log.error("goes to a broken handler")
except RuntimeError as e:
    print("RuntimeError", e)

# A format error inside StreamHandler.emit is reported on stderr, not raised.
bad = logging.StreamHandler(out)
bad.setFormatter(logging.Formatter("%(nosuchfield)s"))
quiet = logging.getLogger("quiet")
quiet.propagate = False
quiet.addHandler(bad)
quiet.error("formatting fails")
quiet.error("args fail %d", "x")
print("still running")
logging.raiseExceptions = False
quiet.error("silently")
logging.raiseExceptions = True

# No handlers anywhere: lastResort writes the bare message to stderr.
lonely = logging.getLogger("lonely")
lonely.propagate = False
lonely.warning("to stderr")
lonely.info("below lastResort's level")
print(repr(logging.lastResort), logging.lastResort.level)
logging.lastResort = None
lonely.warning("nowhere")
lonely.warning("still nowhere")
print("done")
logging.shutdown()
