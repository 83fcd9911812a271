# datetime in ordinary use: copies, sorting, min/max, sets, sums of timedeltas, format specs,
# subclasses through the alternate constructors, time.mktime round trips.
import copy
from datetime import *
d = datetime(2024, 1, 1, 5, tzinfo=timezone(timedelta(hours=2), 'X'))
print(repr(copy.copy(d)), repr(copy.deepcopy(d)), copy.deepcopy(timedelta(3)), copy.copy(date(2024,1,2)), copy.deepcopy(time(1, tzinfo=timezone.utc)))
print(copy.deepcopy(timezone.utc) is timezone.utc, repr(copy.deepcopy(timezone(timedelta(hours=1)))))
ds = [datetime(2024, 1, i % 28 + 1, i % 24) for i in range(50)]
print(min(ds), max(ds), sorted(ds)[:2], len(set(ds)), len({d.date() for d in ds}))
print(sum((timedelta(minutes=i) for i in range(100)), timedelta()))
print(f"{datetime(2024,1,2,3,4,5):%Y-%m-%d %H:%M:%S} {date(2024,1,2):%d %b} {time(3,4):%H%M}")
print("{:%Y}".format(date(2024,1,1)), "%s" % date(2024,1,1), str(datetime(2024,1,1,tzinfo=timezone.utc)))
print(datetime(2024,1,1) + timedelta(days=0.5), date(2024,1,1) + timedelta(hours=47))
print(timedelta(hours=1) * 1.5, timedelta(hours=1) / 4, 3 * timedelta(seconds=1) == timedelta(seconds=3))
print(datetime(2024,3,31).replace(month=4, day=30), date.fromisoformat('2024-12-31').timetuple().tm_yday)
print(datetime.strptime("2024-03-05", "%Y-%m-%d").date() == date(2024, 3, 5))
print(datetime(2024,1,1).isoformat(timespec='microseconds'), time(1,2,3,456789).isoformat('milliseconds'))
class D(datetime): pass
print(repr(D.fromtimestamp(0, timezone.utc)), repr(D(2024,1,1).astimezone(timezone.utc)))
x = datetime(2024,1,1,tzinfo=timezone.utc)
print(x.astimezone(timezone.utc) is x, x.astimezone() )
import time as T
print(T.strftime("%Y-%m-%d", datetime(2024,5,6).timetuple()), T.mktime(datetime(2024,5,6).timetuple()))
print(datetime.fromtimestamp(T.mktime(datetime(2024,5,6,7,8,9).timetuple())))
