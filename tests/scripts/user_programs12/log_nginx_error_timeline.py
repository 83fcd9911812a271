import re
import random
import itertools
import pprint
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from enum import IntEnum


class Severity(IntEnum):
    DEBUG = 0
    INFO = 1
    NOTICE = 2
    WARN = 3
    ERROR = 4
    CRIT = 5
    ALERT = 6
    EMERG = 7

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]


ENTRY = re.compile(
    r"^(?P<date>\d{4}/\d\d/\d\d \d\d:\d\d:\d\d) \[(?P<sev>\w+)\] (?P<pid>\d+)#(?P<tid>\d+): "
    r"(?:\*(?P<conn>\d+) )?(?P<msg>.*?)(?:, client: (?P<client>[\d.]+))?(?:, server: (?P<server>[^,]+))?"
    r"(?:, request: \"(?P<request>[^\"]*)\")?(?:, upstream: \"(?P<upstream>[^\"]*)\")?(?:, host: \"(?P<host>[^\"]*)\")?$"
)

MESSAGES = [
    ("error", 'open() "/var/www/html/favicon.ico" failed (2: No such file or directory)'),
    ("error", "upstream timed out (110: Connection timed out) while reading response header from upstream"),
    ("warn", "an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/1/00/0000000001"),
    ("crit", "SSL_do_handshake() failed (SSL: error:0A00006C:SSL routines::bad key share) while SSL handshaking"),
    ("error", "connect() failed (111: Connection refused) while connecting to upstream"),
    ("notice", "signal process started"),
]


def build(seed=5):
    rng = random.Random(seed)
    t = datetime(2024, 6, 3, 13, 58, 10)
    rows = []
    for conn in range(1000, 1120):
        t += timedelta(seconds=rng.randint(1, 40))
        sev, msg = rng.choices(MESSAGES, weights=[5, 4, 3, 1, 3, 1])[0]
        line = f"{t:%Y/%m/%d %H:%M:%S} [{sev}] {rng.randint(800, 803)}#0: "
        if sev == "notice":
            rows.append(line + msg)
            continue
        client = f"172.16.{rng.randint(0, 2)}.{rng.randint(2, 20)}"
        line += f"*{conn} {msg}, client: {client}, server: shop.example.com"
        if "upstream" in msg and "buffered" not in msg:
            port = rng.choice([8001, 8002, 8003])
            path = rng.choice(["/api/cart", "/api/pay", "/api/search?q=x"])
            line += f', request: "GET {path} HTTP/1.1", upstream: "http://127.0.0.1:{port}{path}"'
        line += ', host: "shop.example.com"'
        rows.append(line)
    return rows


def main():
    entries = []
    for raw in build():
        m = ENTRY.match(raw)
        if not m:
            print("UNPARSED:", raw)
            continue
        d = m.groupdict()
        d["when"] = datetime.strptime(d.pop("date"), "%Y/%m/%d %H:%M:%S")
        d["sev"] = Severity.parse(d["sev"])
        entries.append(d)

    print("entries:", len(entries))
    sev_counts = Counter(e["sev"] for e in entries)
    for sev in sorted(sev_counts, reverse=True):
        print(f"  {sev.name:<7}({sev.value}) {sev_counts[sev]}")

    print("\n5-minute timeline (E=error+, W=warn, n=notice):")

    def bucket(e):
        w = e["when"]
        return w.replace(minute=w.minute - w.minute % 5, second=0)

    for start, grp in itertools.groupby(entries, key=bucket):
        grp = list(grp)
        marks = "".join("E" if e["sev"] >= Severity.ERROR else "W" if e["sev"] == Severity.WARN else "n"
                        for e in grp)
        print(f"  {start:%H:%M}-{start + timedelta(minutes=5):%H:%M} {len(grp):3d} {marks}")

    upstream = defaultdict(Counter)
    for e in entries:
        if e["upstream"]:
            port = e["upstream"].split(":")[2].split("/")[0]
            kind = "timeout" if "timed out" in e["msg"] else "refused"
            upstream[port][kind] += 1
    print("\nupstream failures:")
    pprint.pprint({k: dict(v) for k, v in sorted(upstream.items())})

    reasons = Counter(re.sub(r"\d+", "N", re.sub(r'"[^"]*"', '"…"', e["msg"]))[:60] for e in entries)
    print("\nnormalised messages:")
    pprint.pprint(reasons.most_common(4), width=100)

    crit = [e for e in entries if e["sev"] >= Severity.CRIT]
    print(f"\ncritical: {len(crit)}")
    for e in crit:
        print(f"  {e['when']:%H:%M:%S} conn={e['conn']} client={e['client']}")
    gaps = [(b["when"] - a["when"]).seconds for a, b in zip(entries, entries[1:])]
    print(f"\nlongest quiet gap: {max(gaps)}s, median gap: {sorted(gaps)[len(gaps) // 2]}s")
    pids = sorted({int(e["pid"]) for e in entries})
    print("worker pids:", pids, "max severity:", max(e["sev"] for e in entries).name)
    print(pprint.pformat(entries[0], width=70, sort_dicts=True))


main()
