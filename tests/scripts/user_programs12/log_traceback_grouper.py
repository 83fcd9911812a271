"""Group Python tracebacks found in a worker log by a stable fingerprint."""
import hashlib
import re
import textwrap
from collections import OrderedDict
from dataclasses import dataclass, field

LOG = r'''
2024-05-01 10:00:01,120 INFO worker-1 starting job 17
2024-05-01 10:00:02,004 ERROR worker-1 job 17 failed
Traceback (most recent call last):
  File "/srv/app/jobs.py", line 88, in run
    result = handler(payload)
  File "/srv/app/handlers/export.py", line 41, in handle
    rows = fetch_rows(payload["table"])
KeyError: 'table'
2024-05-01 10:00:05,310 INFO worker-2 starting job 18
2024-05-01 10:00:05,998 ERROR worker-2 job 18 failed
Traceback (most recent call last):
  File "/srv/app/jobs.py", line 88, in run
    result = handler(payload)
  File "/srv/app/handlers/resize.py", line 12, in handle
    w, h = int(payload["w"]), int(payload["h"])
ValueError: invalid literal for int() with base 10: '12px'
2024-05-01 10:01:00,000 WARNING worker-1 queue depth 40
2024-05-01 10:02:11,450 ERROR worker-3 job 19 failed
Traceback (most recent call last):
  File "/srv/app/jobs.py", line 90, in run
    result = handler(payload)
  File "/srv/app/handlers/export.py", line 41, in handle
    rows = fetch_rows(payload["table"])
KeyError: 'table'
2024-05-01 10:03:30,777 ERROR worker-2 job 21 failed
Traceback (most recent call last):
  File "/srv/app/jobs.py", line 88, in run
    result = handler(payload)
  File "/srv/app/handlers/resize.py", line 12, in handle
    w, h = int(payload["w"]), int(payload["h"])
ValueError: invalid literal for int() with base 10: 'auto'
2024-05-01 10:04:00,001 ERROR worker-1 job 22 failed
Traceback (most recent call last):
  File "/srv/app/jobs.py", line 88, in run
    result = handler(payload)
  File "/srv/app/handlers/mail.py", line 70, in handle
    smtp.send(msg)
  File "/usr/lib/python3.11/smtplib.py", line 901, in send
    raise SMTPServerDisconnected("please run connect() first")
smtplib.SMTPServerDisconnected: please run connect() first
2024-05-01 10:05:12,200 INFO worker-3 idle
2024-05-01 10:06:40,010 ERROR worker-3 job 25 failed
Traceback (most recent call last):
  File "/srv/app/jobs.py", line 88, in run
    result = handler(payload)
  File "/srv/app/handlers/export.py", line 44, in handle
    rows = fetch_rows(payload["table"])
KeyError: 'tables'
'''

HEAD = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(\d{3}) (\w+) (\S+) (.*)$")
FRAME = re.compile(r'^  File "(?P<file>[^"]+)", line (?P<line>\d+), in (?P<func>\w+)$')
EXC = re.compile(r"^(?P<type>[\w.]+): (?P<msg>.*)$")


@dataclass
class Trace:
    when: str
    worker: str
    frames: list = field(default_factory=list)
    exc_type: str = ""
    message: str = ""

    def fingerprint(self) -> str:
        # line numbers and messages change between deploys; files, functions and type do not
        key = "|".join(f"{f}:{fn}" for f, _, fn in self.frames) + "|" + self.exc_type
        return hashlib.sha1(key.encode()).hexdigest()[:12]


def extract(text):
    traces, current, last_head = [], None, None
    for line in text.splitlines():
        if m := HEAD.match(line):
            last_head = m
            continue
        if line.startswith("Traceback"):
            current = Trace(when=last_head.group(1), worker=last_head.group(4))
            continue
        if current is None:
            continue
        if fm := FRAME.match(line):
            current.frames.append((fm["file"], int(fm["line"]), fm["func"]))
        elif line.startswith("    "):
            continue
        elif em := EXC.match(line):
            current.exc_type, current.message = em["type"], em["msg"]
            traces.append(current)
            current = None
    return traces


groups = OrderedDict()
for tr in extract(LOG):
    groups.setdefault(tr.fingerprint(), []).append(tr)

print(f"{sum(map(len, groups.values()))} tracebacks in {len(groups)} groups\n")
for fp, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    first = items[0]
    print(f"[{fp}] {first.exc_type} x{len(items)}")
    print(f"  workers: {', '.join(sorted({t.worker for t in items}))}")
    print(f"  first seen {items[0].when}, last seen {items[-1].when}")
    where = " -> ".join(f"{fn}@{f.rsplit('/', 1)[-1]}:{ln}" for f, ln, fn in first.frames)
    print(textwrap.indent(textwrap.fill("path: " + where, width=60, subsequent_indent="      "), "  "))
    messages = sorted({t.message for t in items})
    print("  messages:")
    for msg in messages:
        print("   -", textwrap.shorten(msg, width=50, placeholder=" [...]"))
    print()

digest = hashlib.sha256()
for fp in sorted(groups):
    digest.update(fp.encode())
print("group set digest:", digest.hexdigest())
print("md5 of log:", hashlib.md5(LOG.encode()).hexdigest())
own_code = [t for t in extract(LOG) if all(f.startswith("/srv/") for f, _, _ in t.frames)]
print(f"{len(own_code)} tracebacks entirely in application code")
