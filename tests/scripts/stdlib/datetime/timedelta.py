# timedelta: normalization of int and float components (round-half-even microseconds),
# arithmetic with ints, floats and timedeltas, str/repr, limits and CPython's error messages.
import time as _t
from datetime import MAXYEAR, MINYEAR, date, datetime, time, timedelta, timezone, tzinfo


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# arithmetic
td = timedelta(days=3, hours=4, minutes=5, seconds=6, microseconds=7)
for x in [td*2, 2*td, td*-1.5, td*0.1, td/3, td/7.5, td/timedelta(hours=1), td//timedelta(hours=1), td//3, td%timedelta(hours=1), divmod(td, timedelta(hours=5)), -td, +td, abs(-td), td - timedelta(days=5), timedelta(weeks=1.5), timedelta(hours=-1.25), timedelta(milliseconds=1.0005), timedelta(minutes=0.0000001)]:
    t(lambda: x)
    t(lambda: str(x))
t(lambda: td * 'a')
t(lambda: td / 'a')
t(lambda: td // 1.5)
t(lambda: 1 / td)
t(lambda: td - 1)
t(lambda: timedelta.max + timedelta(microseconds=1))
t(lambda: timedelta.min - timedelta(microseconds=1))
t(lambda: timedelta(1) * 10**9)
t(lambda: bool(timedelta(0)), )
t(lambda: (timedelta(1) == 1, timedelta(1) != 1, timedelta(1) == timedelta(hours=24), hash(timedelta(1)) == hash(timedelta(hours=24))))
t(lambda: sorted([timedelta(3), timedelta(-1), timedelta(seconds=5)]))
t(lambda: sum([timedelta(1), timedelta(2)], timedelta()))
t(lambda: (timedelta(1).days, timedelta(1).seconds, timedelta(1).microseconds, timedelta(-1, 5, 5).seconds))
t(lambda: (timedelta.resolution, date.resolution, date.min, date.max, time.min, time.max, datetime.min, datetime.max, MINYEAR, MAXYEAR))
t(lambda: timedelta(1)/0)
t(lambda: timedelta(1)//0)
t(lambda: timedelta(1)/0.0)
t(lambda: timedelta(1)%timedelta(0))
t(lambda: timedelta(1)*float('inf'))
t(lambda: timedelta(1)+1)
t(lambda: timedelta(1)<1)
t(lambda: timedelta(days=1e10))
t(lambda: timedelta(days=1e9))
t(lambda: timedelta(days='a', seconds='b'))
t(lambda: timedelta(1,2,3,4,5,6,7,8))
t(lambda: timedelta(foo=1))
t(lambda: timedelta(1).days)
t(lambda: timedelta(1) / timedelta(0))
t(lambda: divmod(timedelta(1), timedelta(0)))
t(lambda: timedelta(1) // timedelta(0))
t(lambda: timedelta(1) * float('nan'))
t(lambda: timedelta.max)
t(lambda: timedelta.min)
t(lambda: str(timedelta.min))
t(lambda: str(timedelta(microseconds=-1)))
t(lambda: repr(timedelta(seconds=-1)))
t(lambda: timedelta(1).total_seconds())
t(lambda: timedelta(0.5, 0.3, 0.2, 0.1))
t(lambda: timedelta(microseconds=0.5))
t(lambda: timedelta(microseconds=1.5))
t(lambda: timedelta(microseconds=-0.5))
t(lambda: timedelta(seconds=1e-7, microseconds=0.4))
