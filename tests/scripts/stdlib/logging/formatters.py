import logging
import time

rec = logging.LogRecord("app", logging.WARNING, "app.py", 7, "disk %d%% full", (93,), None, "check")
rec.created = 1700000000.25
rec.msecs = 250.0
rec.relativeCreated = 12.5

for fmt, style in [
    (None, "%"),
    ("%(levelname)-8s|%(name)s|%(message)s", "%"),
    ("%(levelno)03d %(lineno)5d %(funcName)s", "%"),
    ("{levelname:>9}:{name}:{message!r}", "{"),
    ("{levelname}", "{"),
    ("$levelname ${name} $message $$", "$"),
    (None, "{"),
    (None, "$"),
]:
    f = logging.Formatter(fmt, style=style)
    print(repr(f._fmt), "=>", repr(f.format(rec)), f.usesTime())

f = logging.Formatter("%(asctime)s %(message)s")
f.converter = time.gmtime
print(f.usesTime(), f.format(rec))
print(f.formatTime(rec), f.formatTime(rec, "%d/%m/%Y %H.%M"))
print(logging.Formatter.default_time_format, logging.Formatter.default_msec_format)


class Utc(logging.Formatter):
    converter = time.gmtime
    default_msec_format = "%s.%03d"


print(Utc("{asctime} {message}", style="{").format(rec))
u = Utc("${asctime}|$message", style="$")
print(u.usesTime(), u.format(rec))
u.default_msec_format = None
print(u.formatTime(rec))
print(Utc("%(created)f %(msecs)d %(relativeCreated).1f").format(rec))

f = logging.Formatter("[%(message)s]")
print(f.formatMessage(rec))
rec.message = "preset"
print(f.formatMessage(rec))

d = logging.Formatter("%(message)s %(user)s", defaults={"user": "anon"})
print(d.format(rec))
rec.user = "bob"
print(d.format(rec))
try:
    logging.Formatter("%(message)s %(missing)s").format(rec)
except ValueError as e:
    print("ValueError", e)
try:
    logging.Formatter("{missing}", style="{").format(rec)
except ValueError as e:
    print("ValueError", e)
try:
    logging.Formatter("$missing", style="$").format(rec)
except ValueError as e:
    print("ValueError", e)

bad = [
    ("%(message)", "%"),
    ("plain text", "%"),
    ("%s %d", "%"),
    ("%(a)z", "%"),
    ("%(a)-10.3f", "%"),
    ("%(a)*.*s", "%"),
    ("100%% %(msg)S", "%"),
    ("{}", "{"),
    ("no fields", "{"),
    ("{0}", "{"),
    ("{a!x}", "{"),
    ("{a:zz}", "{"),
    ("{a.b[0]}", "{"),
    ("{a-b}", "{"),
    ("{a:>10.2f} {b:{w}}", "{"),
    ("{", "{"),
    ("}", "{"),
    ("$", "$"),
    ("a $ b", "$"),
    ("$$", "$"),
    ("${a", "$"),
    ("${a}", "$"),
    ("$1", "$"),
    ("x", "#"),
]
for fmt, style in bad:
    try:
        logging.Formatter(fmt, style=style)
        print(repr(fmt), style, "ok")
    except ValueError as e:
        print(repr(fmt), style, "ValueError", e)

print(logging.Formatter("no fields", validate=False).format(rec))
print(logging.BASIC_FORMAT)

many = [logging.makeLogRecord({"msg": "r%d" % i}) for i in range(3)]


class Framed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "<%d>" % len(records)

    def formatFooter(self, records):
        return "</>"


print(repr(logging.BufferingFormatter().format(many)))
print(Framed(logging.Formatter("(%(message)s)")).format(many))
print(repr(Framed().format([])))
