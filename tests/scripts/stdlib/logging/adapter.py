import io
import logging

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
print(buf.getvalue(), end="")

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
print(buf.getvalue(), end="")

rec = log.makeRecord("svc", logging.INFO, "f.py", 3, "m", (), None, "fn", {"k": "v"})
print(rec.k, rec.funcName, rec.filename)
