# date: constructor checks, ordinals, ISO calendar, arithmetic, comparisons, formatting,
# fromisoformat (3.11's widened forms) and the messages of CPython's C module.
import time as _t
from datetime import MAXYEAR, MINYEAR, date, datetime, time, timedelta, timezone, tzinfo


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# dates
d = date(2024, 2, 29)
for x in [d + timedelta(days=1), d - timedelta(days=366), d - date(2023, 1, 1), timedelta(10) + d, d.replace(year=2023, day=28), d.toordinal(), date.fromordinal(738945), d.weekday(), d.isoweekday(), d.isoformat(), str(d), d.ctime(), d.timetuple(), d.strftime('%A %d %B %Y %j %U %W %w %a %b %y %%'), f'{d:%Y/%m/%d}', f'{d}', d.isocalendar(), date.fromisocalendar(2024, 9, 4), date(2020,12,31).isocalendar(), date(2027,1,1).isocalendar(), date(2026,12,31).isocalendar()]:
    t(lambda: x)
t(lambda: d + 1)
t(lambda: d - 1)
t(lambda: date(1, 1, 1) - timedelta(1))
t(lambda: (d == date(2024, 2, 29), d < date(2024, 3, 1), d >= date(2024, 3, 1), d != 5, d == 5))
t(lambda: sorted([date(2024, 1, 3), date(2023, 5, 1), date(2024, 1, 1)]))
t(lambda: {date(2024, 1, 1): 1}[date(2024, 1, 1)])
t(lambda: date(2024, 0, 1))
t(lambda: date(2023, 2, 29))
t(lambda: date(0, 1, 1))
t(lambda: date(-5, 1, 1))
t(lambda: date('2024', 1, 1))
t(lambda: date(2024.0, 1, 1))
t(lambda: date(year=2024, month=3, day=4))
t(lambda: date(True, True, True))
for s in ['2024-03-05', '20240305', '2024-W10', '2024W10', '2024-W10-2', '2024W102', '2024-3-05', '2024-03-5', ' 2024-03-05', '2024-03-05 ', '2024/03/05', '2024-13-01', '2024-W54', '2024-W10-8', '2024-W1', '', '٢٠٢٤-03-05', '2024-03-05T00:00', '0000-01-01']:
    t(lambda: date.fromisoformat(s))
t(lambda: date(2024,1,1)<1)
t(lambda: date(2024))
t(lambda: date(2024,1,1,1))
t(lambda: date(2**40,1,1))
t(lambda: date(10000,1,1))
t(lambda: date.fromisoformat('2024-02-30'))
t(lambda: date.fromisoformat('2024-02-3x'))
t(lambda: date(2024,1,1).foo)
t(lambda: date(2024,1,1,foo=1))
t(lambda: date(2024,1,year=1))
t(lambda: date(2024,1,1).replace(month=13))
t(lambda: date(2024,1,1).replace(2023, 2))
t(lambda: date(2024,1,1).replace(foo=2))
t(lambda: date(2024,1,1).isocalendar())
t(lambda: date(2024,1,1).isocalendar().week)
t(lambda: date(2024,1,1).timetuple())
t(lambda: format(date(2024,1,1), ''))
t(lambda: format(date(2024,1,1), '%Y'))
t(lambda: format(date(2024,1,1), 5))
t(lambda: date.fromisocalendar(2024, 53, 1))
t(lambda: date.fromisocalendar(2024, 1, 8))
t(lambda: date.fromisocalendar(0, 1, 1))
t(lambda: date.fromordinal(0))
t(lambda: date.fromordinal(3652060))
t(lambda: date.fromordinal(1.5))
t(lambda: date.fromtimestamp(1e12))
t(lambda: date.fromtimestamp(1e20))
t(lambda: date.fromtimestamp(0))


def assign(obj, name):
    try:
        setattr(obj, name, 1)
        print("assigned", name)
    except AttributeError as e:
        print("AttributeError", e)


assign(date(2024, 1, 1), "year")
assign(datetime(2024, 1, 1), "year")
assign(datetime(2024, 1, 1), "hour")
assign(time(), "tzinfo")
assign(timedelta(1), "days")
assign(date(2024, 1, 1), "foo")
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR, date.today.__doc__.split(":")[0])
