# tzinfo subclasses: utcoffset/dst/tzname called with the datetime, fromutc's default
# algorithm, the checks on what the methods return, reprs of subclasses of the classes.
from datetime import datetime, date, time, timedelta, timezone, tzinfo


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.offset = timedelta(hours=hours)
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return f"Fixed({self.name})"


class USEastern(tzinfo):
    """DST from the second Sunday of March to the first Sunday of November, at 2:00."""

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return timedelta(0)
        start = datetime(dt.year, 3, 8, 2)
        start += timedelta(days=6 - start.weekday())
        end = datetime(dt.year, 11, 1, 1)
        end += timedelta(days=6 - end.weekday())
        naive = dt.replace(tzinfo=None)
        return timedelta(hours=1) if start <= naive < end else timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"


tokyo = Fixed(9, "JST")
d = datetime(2024, 6, 1, 12, 0, tzinfo=tokyo)
print(d, repr(d))
print(d.utcoffset(), d.dst(), d.tzname(), d.strftime("%H:%M %z %Z"))
print(d.astimezone(timezone.utc), d.timestamp())
print(d.timetuple())
east = USEastern()
for month in (1, 3, 7, 11, 12):
    x = datetime(2024, month, 15, 12, tzinfo=east)
    print(x.isoformat(), x.tzname(), x.dst(), x.astimezone(timezone.utc).isoformat())
u = datetime(2024, 7, 4, 16, 0, tzinfo=timezone.utc)
print(u.astimezone(east), u.astimezone(east).tzname())
print(east.fromutc(datetime(2024, 1, 1, 12, tzinfo=east)))
print(datetime(2024, 7, 4, 12, tzinfo=east) - datetime(2024, 7, 4, 12, tzinfo=tokyo))
print(datetime(2024, 7, 4, 12, tzinfo=east) == datetime(2024, 7, 4, 16, tzinfo=timezone.utc))
print(time(12, tzinfo=tokyo), time(12, tzinfo=tokyo).utcoffset(), time(12, tzinfo=tokyo).tzname())


class Bad(tzinfo):
    def __init__(self, value):
        self.value = value

    def utcoffset(self, dt):
        return self.value

    def dst(self, dt):
        return self.value

    def tzname(self, dt):
        return self.value


show(lambda: datetime(2024, 1, 1, tzinfo=Bad(5)).utcoffset())
show(lambda: datetime(2024, 1, 1, tzinfo=Bad(timedelta(hours=24))).utcoffset())
show(lambda: datetime(2024, 1, 1, tzinfo=Bad(timedelta(hours=-24))).dst())
show(lambda: datetime(2024, 1, 1, tzinfo=Bad(timedelta(hours=23, minutes=59))).utcoffset())
show(lambda: datetime(2024, 1, 1, tzinfo=Bad(5)).tzname())
show(lambda: datetime(2024, 1, 1, tzinfo=Bad(None)).utcoffset())
show(lambda: datetime(2024, 1, 1, tzinfo=Bad(None)).isoformat())
show(lambda: tzinfo().utcoffset(None))
show(lambda: tzinfo().dst(None))
show(lambda: tzinfo().tzname(None))
show(lambda: tokyo.fromutc(5))
show(lambda: tokyo.fromutc(datetime(2024, 1, 1)))
show(lambda: tokyo.fromutc(datetime(2024, 1, 1, tzinfo=tokyo)))
show(lambda: Bad(None).fromutc(datetime(2024, 1, 1, tzinfo=Bad(None))))

# timezone
for tz in [timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=8), "PST"),
           timezone(timedelta(seconds=-5)), timezone(timedelta(seconds=1, microseconds=5)), timezone.min,
           timezone.max, timezone(timedelta(0)), timezone(timedelta(0), "Z")]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None), tz.tzname(None))
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "X"))
print(timezone(timedelta(hours=1)) == 1, timezone.utc == timezone(timedelta(0), "UTC"))
show(lambda: timezone(timedelta(hours=24)))
show(lambda: timezone(timedelta(hours=-24)))
show(lambda: timezone(5))
show(lambda: timezone(timedelta(1), 5))
show(lambda: timezone())
show(lambda: timezone(offset=timedelta(0), name="A", x=1))
show(lambda: timezone.utc.utcoffset(5))
show(lambda: timezone.utc.tzname(date(2024, 1, 1)))
show(lambda: timezone.utc.fromutc(datetime(2024, 1, 1)))
show(lambda: timezone.utc.fromutc(datetime(2024, 1, 1, tzinfo=timezone.utc)))
show(lambda: timezone(timedelta(hours=2)).fromutc(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=2)))))


def subclass_timezone():
    class T(timezone):
        pass


show(subclass_timezone)


# Subclasses of the classes keep their type through the constructors and print their name.
class MyDate(date):
    pass


class MyDateTime(datetime):
    def hello(self):
        return "hello " + self.isoformat()


class MyDelta(timedelta):
    pass


md = MyDate(2024, 1, 31)
print(repr(md), md, type(md + timedelta(1)).__name__, type(md.replace(day=1)).__name__)
print(repr(MyDate.fromordinal(5)), repr(MyDate.fromisoformat("2024-02-03")), md == date(2024, 1, 31))
mdt = MyDateTime(2024, 1, 1, 10)
print(repr(mdt), mdt.hello(), type(mdt + timedelta(1)).__name__, type(mdt - timedelta(1)).__name__)
print(repr(MyDateTime.fromisoformat("2024-01-01T05:06")), repr(MyDateTime.strptime("2024", "%Y")))
print(repr(MyDateTime.combine(date(2024, 1, 1), time(1))), repr(MyDateTime.utcfromtimestamp(0)))
print(repr(MyDelta(1)), type(MyDelta(1) + MyDelta(2)).__name__, repr(-MyDelta(hours=1)))
show(lambda: MyDate(2024, 13, 1))
show(lambda: md < 5)
show(lambda: md + md)
print(isinstance(mdt, date), isinstance(md, datetime), issubclass(datetime, date), issubclass(timezone, tzinfo))
