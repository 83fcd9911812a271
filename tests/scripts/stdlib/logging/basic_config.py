import io
import logging
import sys

root = logging.getLogger()
print(root.handlers)

for kwargs in [
    dict(stream=sys.stdout, filename="x.log"),
    dict(handlers=[logging.NullHandler()], stream=sys.stdout),
    dict(handlers=[logging.NullHandler()], filename="x.log"),
    dict(style="?"),
    dict(format="%(message)", stream=sys.stdout),
    dict(format="{message}", style="%", stream=sys.stdout),
    dict(stream=sys.stdout, colour=True, fancy=1),
    dict(stream=sys.stdout, level="LOUD"),
]:
    try:
        logging.basicConfig(**kwargs)
        print("configured", kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    for h in root.handlers[:]:
        root.removeHandler(h)
root.setLevel(logging.WARNING)

logging.basicConfig(stream=sys.stdout, level="INFO", format="%(levelname)s:%(name)s:%(lineno)d:%(message)s")
print(root.level, len(root.handlers), type(root.handlers[0]).__name__, root.handlers[0].formatter._fmt)
logging.info("module level %s", "info")
logging.debug("not shown")
logging.warning("a %(what)s", {"what": "dict"})
logging.error("error")
logging.critical("critical")
logging.fatal("fatal")
logging.warn("warn")
logging.log(logging.INFO, "log %d", 15)
logging.getLogger("child.of.root").info("propagated")

# A second call without force changes nothing.
logging.basicConfig(stream=sys.stdout, format="IGNORED %(message)s", level=logging.DEBUG)
logging.info("same format")
print(root.level)

logging.basicConfig(stream=sys.stdout, format="{levelname} | {message}", style="{", force=True)
logging.warning("brace style")
print(len(root.handlers), root.level)

buf = io.StringIO()
mine = logging.StreamHandler(buf)
mine.setFormatter(logging.Formatter("kept: %(message)s"))
logging.basicConfig(handlers=[mine, logging.StreamHandler(sys.stdout)], format="$levelname $message", style="$", force=True, level=logging.DEBUG)
logging.debug("two handlers")
print(repr(buf.getvalue()))
print([h.formatter._fmt for h in root.handlers])

logging.basicConfig(force=True, stream=sys.stdout, datefmt="%Y", format="%(message)s", encoding="utf-8", errors="strict")
logging.info("datefmt unused")
print(root.handlers[0].formatter.datefmt)
