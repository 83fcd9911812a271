"""Season pass: daily login streaks, reward codes, tier math over a fixed calendar."""
from __future__ import annotations

import itertools
import json
import math
import operator
import re
from datetime import date, timedelta

SEASON_START = date(2024, 3, 1)
SEASON_DAYS = 42
CODE_RE = re.compile(r"^(?P<kind>GOLD|GEMS|SKIN)-(?P<amount>\d{1,4})-(?P<check>[A-Z])$")
TIER_XP = [0] + [math.ceil(250 * 1.12 ** n) for n in range(1, 30)]
TIER_THRESHOLDS = list(itertools.accumulate(TIER_XP))


def check_letter(kind: str, amount: int) -> str:
    return chr(ord("A") + (sum(map(ord, kind)) + amount) % 26)


def redeem(code: str) -> tuple[str, int]:
    m = CODE_RE.match(code.strip().upper())
    if not m:
        raise ValueError(f"malformed code {code!r}")
    kind, amount = m["kind"], int(m["amount"])
    if check_letter(kind, amount) != m["check"]:
        raise ValueError(f"bad checksum in {code!r}")
    return kind, amount


def tier_for(xp: int) -> int:
    return sum(1 for t in TIER_THRESHOLDS if xp >= t) - 1


logins = [SEASON_START + timedelta(days=d) for d in
          itertools.chain(range(0, 6), range(8, 15), [16, 17], range(20, 35), [40, 41])]
streaks = []
for _, grp in itertools.groupby(enumerate(logins), key=lambda t: t[1] - timedelta(days=t[0])):
    days = [d for _, d in grp]
    streaks.append((days[0], days[-1], len(days)))
for first, last, n in streaks:
    print(f"streak {first:%b %d}-{last:%b %d}: {n} days")
longest = max(streaks, key=operator.itemgetter(2))
print("longest:", longest[2], "days starting", longest[0].isoformat())

xp = 0
bonus_days = 0
for i, d in enumerate(logins):
    streak_len = next(n for f, l, n in streaks if f <= d <= l)
    gain = 100 + (50 if d.weekday() >= 5 else 0) + min(streak_len, 7) * 10
    if d.day == 1 or d.day == 15:
        gain *= 2
        bonus_days += 1
    xp += gain
print("total xp:", xp, "bonus days:", bonus_days, "tier:", tier_for(xp))
print("first tiers:", TIER_THRESHOLDS[:6])
print("xp to next tier:", TIER_THRESHOLDS[tier_for(xp) + 1] - xp)

codes = ["GOLD-500-" + check_letter("GOLD", 500), "gems-25-" + check_letter("GEMS", 25).lower(),
         "SKIN-1-Q", "GOLD-50000-A", "  GEMS-100-" + check_letter("GEMS", 100) + " ", "FREE-STUFF"]
wallet: dict[str, int] = {}
for code in codes:
    try:
        kind, amount = redeem(code)
        wallet[kind] = wallet.get(kind, 0) + amount
        print(f"redeemed {code.strip()!r}: +{amount} {kind}")
    except ValueError as e:
        print("ValueError:", e)
print("wallet:", json.dumps(wallet, sort_keys=True))

end = SEASON_START + timedelta(days=SEASON_DAYS)
print("season:", SEASON_START, "to", end, f"({end - SEASON_START})")
weekends = sum(1 for n in range(SEASON_DAYS) if (SEASON_START + timedelta(n)).weekday() >= 5)
print("weekend days:", weekends, "missed days:", SEASON_DAYS - len(logins))
week_nums = sorted({d.isocalendar()[1] for d in logins})
print("iso weeks with logins:", week_nums)
summary = {"player": "kit", "xp": xp, "tier": tier_for(xp), "streaks": [[f.isoformat(), n] for f, _, n in streaks]}
print(json.dumps(summary)[:90])
print(sorted(wallet.items(), key=operator.itemgetter(1)), operator.itemgetter("xp", "tier")(summary))
try:
    date(2024, 3, 1) + 5
except TypeError as e:
    print("TypeError:", e)
