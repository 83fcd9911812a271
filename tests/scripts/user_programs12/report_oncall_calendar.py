import calendar
import itertools
from collections import Counter, defaultdict
from datetime import date, timedelta

TEAM = ["Ana", "Ben", "Chidi", "Dana", "Eli"]
HOLIDAYS = {
    date(2024, 12, 24): "Christmas Eve",
    date(2024, 12, 25): "Christmas Day",
    date(2024, 12, 26): "Boxing Day",
    date(2024, 12, 31): "New Year's Eve",
    date(2025, 1, 1): "New Year's Day",
}
VACATION = {
    "Ben": (date(2024, 12, 20), date(2024, 12, 29)),
    "Dana": (date(2025, 1, 2), date(2025, 1, 10)),
}


def available(person, day):
    span = VACATION.get(person)
    return not (span and span[0] <= day <= span[1])


def build_roster(start, end):
    cycle = itertools.cycle(TEAM)
    roster = {}
    day = start
    while day <= end:
        for _ in range(len(TEAM)):
            person = next(cycle)
            if available(person, day):
                break
        else:
            raise RuntimeError(f"nobody available on {day}")
        roster[day] = person
        day += timedelta(days=1)
    return roster


def weight(day):
    if day in HOLIDAYS:
        return 3
    return 2 if day.weekday() >= 5 else 1


cal = calendar.TextCalendar(firstweekday=calendar.MONDAY)
print(cal.formatmonth(2024, 12))
print(cal.formatmonth(2025, 1, w=3))

roster = build_roster(date(2024, 12, 16), date(2025, 1, 12))
print("On-call roster")
print("==============")
for (y, m), days in itertools.groupby(sorted(roster), key=lambda d: (d.year, d.month)):
    print(f"\n{calendar.month_name[m]} {y}")
    for d in days:
        note = HOLIDAYS.get(d, "")
        flag = "*" if weight(d) > 1 else " "
        print(f" {flag} {calendar.day_abbr[d.weekday()]} {d.day:2d}  {roster[d]:<6} {note}")

points = Counter()
shifts = Counter()
for d, person in roster.items():
    points[person] += weight(d)
    shifts[person] += 1
print("\nLoad per person (shifts / weighted points):")
for person in TEAM:
    print(f"  {person:<6}{shifts[person]:>3}{points[person]:>4}  {'#' * points[person]}")

fairness = max(points.values()) - min(points.values())
print(f"\nspread of weighted points: {fairness}")

by_week = defaultdict(list)
for d, person in roster.items():
    iso = d.isocalendar()
    by_week[(iso.year, iso.week)].append(person)
print("\nISO weeks:")
for (y, w), people in sorted(by_week.items()):
    print(f"  {y}-W{w:02d}: {', '.join(dict.fromkeys(people))}")

print("\nLeap years 2020-2040:", [y for y in range(2020, 2041) if calendar.isleap(y)])
print("leapdays 1900-2100:", calendar.leapdays(1900, 2100))
print("Feb 2024 has", calendar.monthrange(2024, 2)[1], "days, starts on", calendar.day_name[calendar.monthrange(2024, 2)[0]])
fridays13 = [date(y, m, 13) for y in (2024, 2025) for m in range(1, 13) if calendar.weekday(y, m, 13) == calendar.FRIDAY]
print("Friday the 13th:", ", ".join(d.strftime("%b %Y") for d in fridays13))
weeks = calendar.monthcalendar(2025, 2)
print("Feb 2025 grid:")
for wk in weeks:
    print("  " + " ".join(f"{d:2d}" if d else " ." for d in wk))
