# repr(match) shows the group's repr cut at 50 characters; the quote is chosen from the
# whole group, even where its quote marks lie past the part shown.
import re

cases = [
    "a" * 80,
    "a" * 60 + "'",
    "a" * 60 + "'" + '"',
    "'" + "b" * 70,
    "\x00\t\n" * 30,
    "é\u200b\U0001f600" * 30,
    "x" * 49 + "'",
    "x" * 48 + "\\",
    "short'",
]
for text in cases:
    print(repr(re.match(".*", text, re.S)))
for data in [b"a" * 60 + b"'", b"\xff" * 20 + b"'" * 2 + b'"', b"q" * 50, bytearray(b"z'" * 40)]:
    print(repr(re.match(b".*", data, re.S)))
print(repr(re.search("c+", "ab" + "c" * 100 + "'")))
