import logging

rec = logging.LogRecord("app.x", logging.INFO, "/srv/app/jobs.py", 42, "done %s of %d", ("a", 3), None, "run")
for attr in ("name", "levelname", "levelno", "pathname", "filename", "module", "lineno",
             "funcName", "msg", "args", "exc_info", "exc_text", "stack_info",
             "threadName", "processName"):
    print(attr, repr(getattr(rec, attr)))
print(rec.getMessage())
print(repr(rec))

single = logging.LogRecord("n", 20, "p", 1, "%(a)s-%(b)s", ({"a": 1, "b": 2},), None)
print(single.args, single.getMessage())
empty = logging.LogRecord("n", 20, "p", 1, "%s", ({},), None)
print(empty.args, empty.getMessage())
seq = logging.LogRecord("n", 20, "p", 1, "%s", ([1, 2],), None)
print(seq.args, seq.getMessage())
noargs = logging.LogRecord("n", 20, "p", 1, 12345, (), None)
print(noargs.getMessage(), repr(noargs.msg))

for path in ("main.py", "dir/.hidden", "dir/...", "a/b.c.d", "noext", "x/.env.py"):
    r = logging.LogRecord("n", 20, path, 1, "m", (), None)
    print(path, "->", r.filename, r.module)

made = logging.makeLogRecord({"msg": "hello %s", "args": ("you",), "levelno": 30, "custom": 1})
print(made.getMessage(), made.name, made.levelno, made.levelname, made.custom, made.lineno)
print(logging.makeLogRecord({}).getMessage() == "")

bad = logging.LogRecord("n", 20, "p", 1, "%d", ("x",), None)
try:
    bad.getMessage()
except TypeError as e:
    print("TypeError", e)

print(logging.getLogRecordFactory() is logging.LogRecord)


def factory(*args, **kwargs):
    record = logging.LogRecord(*args, **kwargs)
    record.tag = "T"
    return record


logging.setLogRecordFactory(factory)
import io
stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(tag)s %(message)s %(funcName)s %(lineno)d"))
log = logging.getLogger("factory")
log.propagate = False
log.addHandler(h)


def where():
    log.warning("from where")


where()
log.warning("top level")
log.warning("stacklevel", stacklevel=2)
logging.setLogRecordFactory(logging.LogRecord)
print(stream.getvalue(), end="")
