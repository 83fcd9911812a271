# time's calendar functions without the clock: struct_time, gmtime(secs), localtime(secs)
# (local time is UTC in pyrite, as CPython under TZ=UTC), mktime, asctime, ctime, the zone
# constants, and CPython's errors.
import time


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(g.tm_zone, g.tm_gmtoff, len(g), g[0], g[-1], g[:3], list(g), tuple(g) == g, g == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
print(type(g), type(g).__name__, time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
for secs in [1234567890, 1700000000.9, -1, -1.5, 951782400, 4102444800, -62135596800, 253402300799, 10**12, 0.999999]:
    print(secs, time.gmtime(secs), time.localtime(secs).tm_zone, time.gmtime(secs).tm_zone)
print(time.asctime(time.gmtime(1234567890)), time.ctime(0), time.ctime(1e9), time.ctime(-86400 * 365))
print(time.mktime(time.gmtime(1234567890)), time.mktime((2024, 2, 30, 25, 61, 61, 0, 0, 0)), time.mktime((2024, 0, 1, 0, 0, 0, 0, 0, -1)))
print(time.mktime((2024, 14, 1, 0, 0, 0, 0, 0, 0)), time.mktime((2024, -1, 1, 0, 0, 0, 0, 0, 0)))
print(time.timezone, time.altzone, time.daylight, time.tzname)
s = time.struct_time((2024, 3, 5, 14, 15, 16, 1, 65, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time((2024, 3, 5, 14, 15, 16, 1, 65, 0, "XYZ", 3600))
print(s, s.tm_zone, s.tm_gmtoff, time.strftime("%Z %z", s))
print(time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9]))
t(lambda: time.struct_time((1, 2, 3)))
t(lambda: time.struct_time((1,) * 12))
t(lambda: time.struct_time(5))
t(lambda: time.gmtime(1e20))
t(lambda: time.gmtime(1e17))
t(lambda: time.gmtime(2**63))
t(lambda: time.gmtime(float("nan")))
t(lambda: time.gmtime(float("inf")))
t(lambda: time.gmtime("x"))
t(lambda: time.asctime(5))
t(lambda: time.asctime((2024, 13, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.asctime((2024, 1, 32, 0, 0, 0, 0, 1, 0)))
t(lambda: time.asctime((2024, 1, 1, 24, 0, 0, 0, 1, 0)))
t(lambda: time.asctime((2024, 1, 1, 0, 60, 0, 0, 1, 0)))
t(lambda: time.asctime((2024, 1, 1, 0, 0, 62, 0, 1, 0)))
t(lambda: time.asctime((2024, 1, 1, 0, 0, 0, -3, 1, 0)))
t(lambda: time.asctime((2024, 1, 1, 0, 0, 0, 0, 367, 0)))
t(lambda: time.asctime((2024, 0, 0, 0, 0, 61, 9, 0, 0)))
t(lambda: time.asctime((2024, 1, 1, 0, 0, 0, 0, 1)))
t(lambda: time.asctime((2024, 1.5, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.mktime(5))
t(lambda: time.mktime((1, 2)))
t(lambda: time.sleep(-1))
t(lambda: time.sleep("a"))
t(lambda: time.sleep(float("nan")))
# struct_time round-trips through its __reduce__, the dict giving the named-only fields.
g = time.gmtime(86400)
r = g.__reduce__()
print(r)
x = r[0](*r[1])
print(x, x.tm_zone, x.tm_gmtoff, x == g)
y = time.struct_time((1,2,3,4,5,6,7,8,9,'A'), {'tm_zone': 'B', 'tm_gmtoff': 7})
print(y.tm_zone, y.tm_gmtoff)
