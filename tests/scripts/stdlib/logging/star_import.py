from logging import *

names = sorted(n for n in dir() if not n.startswith("_"))
print(names)
print(getLogger("star"), getLevelName(WARN), issubclass(FileHandler, StreamHandler))
import logging
print(sorted(logging.__all__) == sorted(n for n in names if n != "logging"))
