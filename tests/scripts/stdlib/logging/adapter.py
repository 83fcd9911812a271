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
handler = logging.StreamHandler(buf)
handler.setFormatter(logging.Formatter("%(levelname)s %(user)s %(message)s"))
log = logging.getLogger("svc")
log.propagate = False
log.addHandler(handler)
log.setLevel(logging.INFO)

adapter = logging.LoggerAdapter(log, {"user": "ann"})
print(repr(adapter), adapter.name, adapter.manager is log.manager, adapter.extra)
adapter.info("hello %s", "world")
adapter.debug("hidden")
adapter.warning("warn")
adapter.error("error")
adapter.critical("critical")
adapter.log(logging.ERROR, "log")
print(adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel(), adapter.hasHandlers())
adapter.setLevel(logging.DEBUG)
print(log.level)
adapter.debug("now shown")


class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {})["user"] = self.extra["user"].upper()
        return "[%s] %s" % (self.extra["user"], msg), kwargs


p = Prefixed(log, {"user": "bo"})
p.info("processed")
try:
    raise KeyError("k")
except KeyError:
    p.exception("caught")
show(buf.getvalue())

plain = logging.StreamHandler(buf)
buf.seek(0)
buf.truncate()
log.handlers = [plain]
log.info("extra", extra={"user": "x", "n": 1})
for key in ("message", "asctime", "msg", "levelno"):
    try:
        log.info("clash", extra={key: 1})
    except KeyError as e:
        print("KeyError", e)
show(buf.getvalue())

rec = log.makeRecord("svc", logging.INFO, "f.py", 3, "m", (), None, "fn", {"k": "v"})
print(rec.k, rec.funcName, rec.filename)
