# %b/%h and %a take only abbreviated names, %B and %A only full names: a format list tried in
# order picks a different format for "29 February 2024" than a matcher accepting both would.
import time
from datetime import datetime

cases = [
    ("March", "%b"), ("Mar", "%B"), ("Sept", "%b"), ("May", "%B"), ("May", "%b"), ("may", "%h"),
    ("Monday", "%a"), ("Mon", "%A"), ("monday", "%A"), ("THU", "%a"), ("Thursday 5", "%A %d"),
    ("29 February 2024", "%d %b %Y"), ("29 February 2024", "%d %B %Y"), ("5 Mar 2024", "%d %B %Y"),
    ("Mar 5, 2024", "%B %d, %Y"), ("Mar 5, 2024", "%b %d, %Y"), ("Tue, 05 Mar 2024", "%a, %d %b %Y"),
    ("Tuesday, 05 March 2024", "%A, %d %B %Y"), ("Tuesday, 05 March 2024", "%a, %d %b %Y"),
]
for text, fmt in cases:
    try:
        print(repr(text), fmt, "->", datetime.strptime(text, fmt))
    except ValueError as e:
        print(repr(text), fmt, "-> ValueError:", e)

for text, fmt in [("Fri Jun  7 2024", "%a %b %d %Y"), ("Friday June 7 2024", "%A %B %d %Y")]:
    t = time.strptime(text, fmt)
    print(text, "->", t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday)


def first_format(text, formats):
    for fmt in formats:
        try:
            datetime.strptime(text, fmt)
            return fmt
        except ValueError:
            pass
    return None


formats = ["%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y"]
for text in ("29 February 2024", "29 Feb 2024", "Feb 29 2024", "February 29 2024", "29 Febr 2024"):
    print(text, "->", first_format(text, formats))
