# Scan an auth.log for SSH activity: failed passwords, invalid users, sessions.
import re
import random
from collections import Counter, defaultdict, namedtuple
from datetime import datetime, timedelta
import itertools

Event = namedtuple("Event", "when host pid kind user ip port")

PATTERNS = [
    ("failed", re.compile(r"Failed password for (?:invalid user )?(?P<user>\S+) from (?P<ip>[\d.]+) port (?P<port>\d+)")),
    ("accepted", re.compile(r"Accepted (?:password|publickey) for (?P<user>\S+) from (?P<ip>[\d.]+) port (?P<port>\d+)")),
    ("invalid", re.compile(r"Invalid user (?P<user>\S*) from (?P<ip>[\d.]+)(?: port (?P<port>\d+))?")),
    ("closed", re.compile(r"pam_unix\(sshd:session\): session closed for user (?P<user>\S+)")),
    ("opened", re.compile(r"pam_unix\(sshd:session\): session opened for user (?P<user>\S+)")),
]
HEADER = re.compile(r"^(?P<mon>\w{3}) +(?P<day>\d+) (?P<time>[\d:]+) (?P<host>\S+) sshd\[(?P<pid>\d+)\]: (?P<msg>.*)$")


def generate(seed=2024):
    rng = random.Random(seed)
    t = datetime(2024, 2, 27, 23, 50, 0)
    attackers = ["203.0.113.5", "198.51.100.23", "192.0.2.77"]
    good = {"deploy": "10.1.1.4", "alice": "10.1.1.9"}
    out = []
    pid = 4000
    for _ in range(160):
        t += timedelta(seconds=rng.randint(3, 90))
        pid += rng.randint(1, 7)
        stamp = t.strftime("%b %e %H:%M:%S")
        r = rng.random()
        if r < 0.55:
            ip = rng.choice(attackers)
            user = rng.choice(["root", "admin", "oracle", "test", "ubuntu", ""])
            port = rng.randint(30000, 65000)
            if user in ("oracle", "test", ""):
                out.append(f"{stamp} web01 sshd[{pid}]: Invalid user {user} from {ip} port {port}")
                out.append(f"{stamp} web01 sshd[{pid}]: Failed password for invalid user {user or 'x'} from {ip} port {port} ssh2")
            else:
                out.append(f"{stamp} web01 sshd[{pid}]: Failed password for {user} from {ip} port {port} ssh2")
        elif r < 0.8:
            user = rng.choice(sorted(good))
            method = "publickey" if user == "deploy" else "password"
            out.append(f"{stamp} web01 sshd[{pid}]: Accepted {method} for {user} from {good[user]} port {rng.randint(40000, 60000)} ssh2")
            out.append(f"{stamp} web01 sshd[{pid}]: pam_unix(sshd:session): session opened for user {user} by (uid=0)")
        elif r < 0.95:
            user = rng.choice(sorted(good))
            out.append(f"{stamp} web01 sshd[{pid}]: pam_unix(sshd:session): session closed for user {user}")
        else:
            out.append(f"{stamp} web01 sshd[{pid}]: Received disconnect from 10.9.9.9 port 22:11: Bye Bye [preauth]")
    return out


def parse(lines, year=2024):
    for line in lines:
        h = HEADER.match(line)
        if h is None:
            continue
        when = datetime.strptime(f"{year} {h['mon']} {h['day']} {h['time']}", "%Y %b %d %H:%M:%S")
        for kind, pat in PATTERNS:
            m = pat.search(h["msg"])
            if m:
                gd = m.groupdict()
                port = int(gd["port"]) if gd.get("port") else None
                yield Event(when, h["host"], int(h["pid"]), kind, gd.get("user"), gd.get("ip"), port)
                break


def detect_bruteforce(events, window=timedelta(minutes=10), threshold=5):
    by_ip = defaultdict(list)
    for e in events:
        if e.kind == "failed":
            by_ip[e.ip].append(e.when)
    alerts = []
    for ip, times in sorted(by_ip.items()):
        start = 0
        for end in range(len(times)):
            while times[end] - times[start] > window:
                start += 1
            if end - start + 1 >= threshold:
                alerts.append((ip, times[start], times[end], end - start + 1))
                break
    return alerts


lines = generate()
events = list(parse(lines))
print(f"{len(lines)} lines, {len(events)} recognised events")
kinds = Counter(e.kind for e in events)
for kind in ("failed", "invalid", "accepted", "opened", "closed"):
    print(f"  {kind:<9}{kinds[kind]:>4}")

print("\nFailed attempts by source:")
fails = Counter(e.ip for e in events if e.kind == "failed")
for ip, n in fails.most_common():
    users = Counter(e.user for e in events if e.kind == "failed" and e.ip == ip)
    top = ", ".join(f"{u}={c}" for u, c in users.most_common(3))
    print(f"  {ip:<15}{n:>4}  [{top}]")

print("\nInvalid user names tried:", sorted({repr(e.user) for e in events if e.kind == "invalid"}))

print("\nBrute-force alerts (>=5 failures in 10 min):")
for ip, a, b, n in detect_bruteforce(events):
    print(f"  {ip} {n} failures between {a:%H:%M:%S} and {b:%H:%M:%S} on {a:%d %b}")

print("\nSuccessful logins per user per day:")
ok = sorted((e.user, e.when.date()) for e in events if e.kind == "accepted")
for (user, day), grp in itertools.groupby(ok):
    print(f"  {user:<7} {day.isoformat()} {len(list(grp))}")

ports = [e.port for e in events if e.port]
print(f"\nsource ports: min={min(ports)} max={max(ports)} mean={sum(ports) / len(ports):.2f}")
span = events[-1].when - events[0].when
print(f"log covers {span.total_seconds() / 3600:.2f} hours, crossing midnight: {events[0].when.date() != events[-1].when.date()}")
