import logging, sys
logging.basicConfig(stream=sys.stdout, format="%(funcName)s:%(lineno)d %(message)s")
def inner(level):
    logging.warning("level %r", level, stacklevel=level)
def outer(level):
    inner(level)
for level in (1, 2, 3, 4, 10**30, 1.5, 2.0, True):
    outer(level)
try:
    outer("x")
except TypeError as e:
    print("TypeError", e)
