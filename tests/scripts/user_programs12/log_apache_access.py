"""Parse an Apache combined access log and summarise traffic."""
import re
import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit, parse_qs, unquote

LINE_RE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \S+ (?P<user>\S+) '
    r'\[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<target>\S+) (?P<proto>HTTP/\d\.\d)" '
    r'(?P<status>\d{3}) (?P<size>\d+|-) "(?P<referer>[^"]*)" "(?P<agent>[^"]*)"'
)


@dataclass
class Hit:
    ip: str
    user: str
    when: datetime
    method: str
    path: str
    query: dict
    status: int
    size: int
    agent: str

    @property
    def is_error(self) -> bool:
        return self.status >= 400


def make_log(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    paths = ["/", "/index.html", "/search", "/api/v1/items", "/api/v1/items/42",
             "/static/app.js", "/static/style.css", "/login", "/admin"]
    agents = ["Mozilla/5.0 (X11; Linux x86_64)", "curl/7.88.1",
              "Googlebot/2.1 (+http://www.google.com/bot.html)", "python-requests/2.31"]
    lines = []
    for i in range(n):
        ip = f"10.0.{rng.randint(0, 3)}.{rng.randint(1, 40)}"
        path = rng.choice(paths)
        if path == "/search":
            term = rng.choice(["red shoes", "caf%C3%A9", "a&b", "python 3.11"])
            path += "?q=" + term.replace(" ", "+") + f"&page={rng.randint(1, 5)}"
        method = "POST" if path == "/login" and rng.random() < 0.7 else "GET"
        status = rng.choices([200, 304, 404, 500, 403], weights=[70, 10, 10, 3, 7])[0]
        size = "-" if status == 304 else str(rng.randint(120, 90000))
        hour = 8 + i * 10 // n
        minute = rng.randint(0, 59)
        ts = f"12/Mar/2024:{hour:02d}:{minute:02d}:{rng.randint(0, 59):02d} +0000"
        user = rng.choice(["-", "-", "-", "alice", "bob"])
        lines.append(f'{ip} - {user} [{ts}] "{method} {path} HTTP/1.1" {status} {size} '
                     f'"-" "{rng.choice(agents)}"')
    lines.insert(17, "this line is garbage and should be skipped")
    lines.insert(33, '10.0.0.1 - - [bad date] "GET / HTTP/1.1" 200 12 "-" "x"')
    return lines


def parse(lines):
    bad = 0
    for raw in lines:
        m = LINE_RE.match(raw)
        if not m:
            bad += 1
            continue
        try:
            when = datetime.strptime(m["ts"], "%d/%b/%Y:%H:%M:%S %z")
        except ValueError:
            bad += 1
            continue
        parts = urlsplit(m["target"])
        yield Hit(m["ip"], m["user"], when, m["method"], unquote(parts.path),
                  parse_qs(parts.query), int(m["status"]),
                  0 if m["size"] == "-" else int(m["size"]), m["agent"])
    print(f"skipped {bad} malformed lines")


def main():
    hits = list(parse(make_log(400)))
    print(f"parsed {len(hits)} requests")

    status = Counter(h.status for h in hits)
    print("\nStatus codes:")
    for code, n in sorted(status.items()):
        bar = "#" * (n // 5)
        print(f"  {code}  {n:4d}  {bar}")

    print("\nTop 5 paths:")
    for path, n in Counter(h.path for h in hits).most_common(5):
        print(f"  {path:<22}{n:>5}")

    per_hour = defaultdict(lambda: [0, 0])
    for h in hits:
        bucket = per_hour[h.when.strftime("%H:00")]
        bucket[0] += 1
        bucket[1] += h.size
    print("\nHour   reqs      bytes    avg")
    for hour in sorted(per_hour):
        n, total = per_hour[hour]
        print(f"{hour}  {n:5d} {total:10,d} {total / n:8.1f}")

    terms = Counter()
    for h in hits:
        for q in h.query.get("q", []):
            terms[q] += 1
    print("\nSearch terms:", dict(sorted(terms.items())))

    errors_by_ip = Counter(h.ip for h in hits if h.is_error)
    suspicious = [(ip, n) for ip, n in errors_by_ip.items() if n >= 3]
    suspicious.sort(key=lambda t: (-t[1], t[0]))
    print("\nIPs with >= 3 errors:")
    for ip, n in suspicious:
        print(f"  {ip:<12} {n}")

    bots = sum(1 for h in hits if re.search(r"bot|curl|requests", h.agent, re.I))
    print(f"\nautomated clients: {bots} ({bots / len(hits):.1%})")
    users = sorted({h.user for h in hits if h.user != "-"})
    print("authenticated users:", ", ".join(users))
    first, last = min(h.when for h in hits), max(h.when for h in hits)
    print(f"window: {first.isoformat()} .. {last.isoformat()} ({last - first})")
    posts = [h for h in hits if h.method == "POST"]
    ok = sum(h.status < 400 for h in posts)
    print(f"logins: {len(posts)} attempts, {ok} ok, {len(posts) - ok} failed")


if __name__ == "__main__":
    main()
