from datetime import date, time, datetime, timedelta, timezone, tzinfo
import datetime as dtm
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
d = date(2024, 2, 29); print(d, repr(d), d + timedelta(days=365), d - date(2000, 1, 1), d.replace(year=2025) if False else "", d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.timetuple())
t(d.replace, year=2023); t(date, 2024, 13, 1); t(date, 2023, 2, 29); t(date, 0, 1, 1); t(date, 10000, 1, 1); t(date, "2020", 1, 1); t(date, 2020.0, 1, 1); t(date); t(date, 1, 2, 3, 4)
dt = datetime(2024, 3, 10, 14, 5, 9, 123456); print(dt, repr(dt), dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="minutes"), dt.isoformat(timespec="milliseconds"), dt.date(), dt.time(), dt.timestamp() if False else "")
t(dt.isoformat, timespec="bogus"); t(datetime, 2024, 1, 1, 24); t(datetime, 2024, 1, 1, 0, 60); t(datetime, 2024, 1, 1, microsecond=10**6); t(time, 25); t(time, fold=2)
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %c", "%d/%m/%y %I:%M %p", "%j %U %W %w", "%f %%", "%x %X", "%G-W%V-%u", "%e", "%Z%z", "%C %g", "%-d" if False else "%D"]:
    print(fmt, "->", dt.strftime(fmt))
print(format(dt, "%Y"), f"{dt:%H:%M}", f"{d}", format(d, ""), str(time(1, 2)), repr(time(1, 2, 3, 4)), time(12, 30).isoformat(), time(0).strftime("%H %p"))
td = timedelta(days=1, hours=-1, microseconds=5); print(td, repr(td), td.total_seconds(), -td, abs(-td), td * 2, td / 2, td // 3, td / timedelta(hours=1), td % timedelta(hours=5), divmod(td, timedelta(hours=7)), timedelta(0), repr(timedelta(0)), timedelta(weeks=1, minutes=90.5))
print(timedelta(days=-1), repr(timedelta(seconds=-1)), timedelta.max, timedelta.min, timedelta.resolution, timedelta(milliseconds=1.5), timedelta(days=1.5), str(timedelta(microseconds=-1)))
t(timedelta, days=10**9); t(lambda: timedelta(1) / 0); t(lambda: timedelta(1) + 1); t(lambda: date(2020, 1, 1) + 1); t(lambda: date.max + timedelta(1)); t(lambda: dt - d); t(lambda: dt < d); t(lambda: dt == d)
u = timezone.utc; print(u, repr(u), timezone(timedelta(hours=5, minutes=30)), repr(timezone(timedelta(hours=-3), "X")), timezone(timedelta(0)), timezone.min, timezone.max)
au = datetime(2024, 1, 1, 12, tzinfo=u); print(au, repr(au), au.isoformat(), au.utcoffset(), au.tzname(), au.astimezone(timezone(timedelta(hours=2))), au.strftime("%z %Z"), au.timestamp())
t(lambda: au - datetime(2024, 1, 1)); t(lambda: au < datetime(2024, 1, 1)); print(au == datetime(2024, 1, 1, 12), au == datetime(2024, 1, 1, 14, tzinfo=timezone(timedelta(hours=2))))
for s in ["2024-03-10", "2024-03-10T14:05:09", "2024-03-10 14:05:09.123", "2024-03-10T14:05:09+05:30", "2024-03-10T14:05:09Z", "20240310", "2024-W10-1", "2024-03-10T14", "bad", "2024-03-10T14:05:09.1234567"]:
    t(datetime.fromisoformat, s)
t(date.fromisoformat, "2024-03-10"); t(date.fromisoformat, "2024-03-10T00"); t(time.fromisoformat, "14:05"); t(time.fromisoformat, "14:05:09.5+01:00"); t(date.fromisoformat, 5)
print(datetime(2020, 1, 1) + timedelta(days=1, seconds=3), datetime(2020, 3, 1) - timedelta(days=1), datetime(2021, 1, 1) - datetime(2020, 1, 1), sorted([date(2020, 1, 2), date(2019, 5, 5)]))
print(datetime.strptime("2024-03-10 14:05", "%Y-%m-%d %H:%M"), repr(datetime.strptime("10/03/24", "%d/%m/%y")), datetime.combine(d, time(5)), date.fromordinal(738000), datetime.fromtimestamp(0, u), datetime.utcfromtimestamp(86400), date.fromisocalendar(2024, 10, 1))
t(datetime.strptime, "2024", "%d"); t(datetime.strptime, "2024-01-01 extra", "%Y-%m-%d")
print(dtm.MINYEAR, dtm.MAXYEAR, date.min, date.max, datetime.min, datetime.max, time.min, time.max, date.resolution)
print(hash(d) == hash(date(2024, 2, 29)), {d: 1}[date(2024, 2, 29)], d == "x", d != 5, dt.replace(tzinfo=u), dt.replace(microsecond=0))
class MyD(date): pass
print(repr(MyD(2020, 1, 1)), type(MyD(2020, 1, 1) + timedelta(1)).__name__)
class TZ(tzinfo):
    def utcoffset(self, d): return timedelta(hours=1)
    def tzname(self, d): return "ONE"
    def dst(self, d): return timedelta(0)
x = datetime(2024, 1, 1, tzinfo=TZ()); print(x, x.tzname(), x.astimezone(u), x.strftime("%Z %z"))
print(timedelta(hours=25).days, timedelta(hours=25).seconds, timedelta(1).max if False else "", td.microseconds, round(timedelta(seconds=1.5).total_seconds()))
print(datetime(2024, 1, 1).ctime(), date(2024, 1, 1).ctime(), datetime(2024, 1, 1).weekday(), datetime(2024, 1, 1, 1).timetuple().tm_yday)
print(repr(datetime(2024, 1, 1, 0, 0)), repr(datetime(2024, 1, 1, 0, 0, 1)), repr(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=1)))), repr(time(tzinfo=u)), datetime(2024, 1, 1, fold=1) == datetime(2024, 1, 1))
t(timezone, timedelta(hours=24)); t(timezone, 5); t(timezone, timedelta(seconds=1.5) if False else timedelta(microseconds=1))
print(timedelta(days=1) == timedelta(hours=24), timedelta(1) < timedelta(2), bool(timedelta(0)), timedelta(1) * 1.5, 2.5 * timedelta(1), timedelta(1) / 3)
t(lambda: timedelta(1) < 5); t(lambda: timedelta(1) * "a"); print(timedelta(1) == 1)
