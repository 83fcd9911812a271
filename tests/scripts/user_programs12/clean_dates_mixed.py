"""Normalise dates and durations from a spreadsheet typed by many hands."""
import calendar
import re
from collections import Counter
from datetime import date, datetime, time, timedelta, timezone

ENTRIES = [
    "2024-03-05", "05/03/2024", "3/5/24", "March 5, 2024", "5 Mar 2024", "Tue, 05 Mar 2024 14:30:00 +0100",
    "2024-03-05T14:30:00Z", "2024-03-05 14:30", "20240305", "5.3.2024", "yesterday", "2024-02-30",
    "31/04/2024", "Feb 29 2023", "29 February 2024", "2024-W10-2", "2024-065", "1709649000",
    "  2024 / 3 / 5 ", "Mar. 5th, 2024", "12/13/2024", "13/12/2024", "",
]

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_name) if name})
REFERENCE = date(2024, 3, 6)


class Unparseable(ValueError):
    pass


def try_formats(text, formats):
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt), fmt
        except ValueError:
            continue
    return None, None


def parse(text: str, day_first: bool = True):
    raw = text
    text = re.sub(r"\s+", " ", text.strip())
    if not text:
        raise Unparseable("empty")
    if text.lower() in ("today", "yesterday", "tomorrow"):
        delta = {"today": 0, "yesterday": -1, "tomorrow": 1}[text.lower()]
        return datetime.combine(REFERENCE + timedelta(days=delta), time()), "relative"
    if re.fullmatch(r"\d{9,10}", text):
        return datetime.fromtimestamp(int(text), tz=timezone.utc), "epoch"
    if m := re.fullmatch(r"(\d{4})-W(\d\d)-(\d)", text):
        return datetime.combine(date.fromisocalendar(*map(int, m.groups())), time()), "iso-week"
    if m := re.fullmatch(r"(\d{4})-(\d{3})", text):
        return datetime(int(m[1]), 1, 1) + timedelta(days=int(m[2]) - 1), "ordinal"
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    text = re.sub(r"\b([A-Za-z]{3})\.", r"\1", text)
    text = re.sub(r"\s*/\s*", "/", text)
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return dt, "iso"
    except ValueError:
        pass
    dt, fmt = try_formats(text, ["%a, %d %b %Y %H:%M:%S %z", "%B %d, %Y", "%b %d, %Y", "%d %b %Y", "%d %B %Y",
                                 "%b %d %Y", "%Y%m%d", "%Y/%m/%d", "%d.%m.%Y"])
    if dt:
        return dt, fmt
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", text):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if y < 100:
            y += 2000 if y < 70 else 1900
        if a > 12:
            d, mo = a, b
        elif b > 12:
            mo, d = a, b
        else:
            d, mo = (a, b) if day_first else (b, a)
        try:
            return datetime(y, mo, d), "d/m/y" if (d, mo) == (a, b) else "m/d/y"
        except ValueError as e:
            raise Unparseable(f"{raw!r}: {e}") from None
    if m := re.fullmatch(r"([A-Za-z]+) (\d{1,2}) (\d{4})", text):
        mon = MONTHS.get(m[1].lower())
        if mon:
            last = calendar.monthrange(int(m[3]), mon)[1]
            if int(m[2]) > last:
                raise Unparseable(f"{raw!r}: {calendar.month_name[mon]} {m[3]} has only {last} days")
    raise Unparseable(f"{raw!r}: no known format")


results, failures, formats = [], [], Counter()
for entry in ENTRIES:
    try:
        dt, how = parse(entry)
    except Unparseable as e:
        failures.append(str(e))
        continue
    formats[how] += 1
    results.append((entry, dt, how))

print(f"{'input':<36} {'normalised':<26} via")
for entry, dt, how in results:
    shown = dt.isoformat() if (dt.time() != time() or dt.tzinfo) else dt.date().isoformat()
    print(f"{entry!r:<36} {shown:<26} {how}")
print(f"\n{len(results)} parsed, {len(failures)} failed:")
for f in failures:
    print("  -", f)
print("\nformats used:", sorted(formats.items(), key=lambda kv: (-kv[1], kv[0])))

days = Counter(dt.date() for _, dt, _ in results)
common, n = days.most_common(1)[0]
print(f"most common day: {common:%A %d %B %Y} ({n} entries), weekday #{common.isoweekday()}, "
      f"ISO {common.isocalendar()}, day of year {common.timetuple().tm_yday}")
aware = [dt for _, dt, _ in results if dt.tzinfo]
for dt in aware:
    print(f"  aware: {dt} -> UTC {dt.astimezone(timezone.utc)} offset {dt.utcoffset()} name {dt.tzname()}")
spread = max(dt.replace(tzinfo=None) for _, dt, _ in results) - min(dt.replace(tzinfo=None) for _, dt, _ in results)
print("spread:", spread, "| in weeks:", spread // timedelta(weeks=1), "rem", spread % timedelta(weeks=1))
print("month ends 2024:", [calendar.monthrange(2024, m)[1] for m in range(1, 13)])
print("us-style reading of 05/03/2024:", parse("05/03/2024", day_first=False)[0].date())
print(date(2024, 3, 5).strftime("%d/%m/%y %j %U %W %a %b"), date.fromisoformat("2024-12-31").toordinal())
