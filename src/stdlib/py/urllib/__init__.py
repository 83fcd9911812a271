# CPython's `urllib` package is empty, but its interpreter imports `urllib.parse` at start-up
# (through `site`), so `import urllib` alone makes `urllib.parse` usable there: the same here.
from . import parse
