import time
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
st = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, -1))
print(st, st.tm_isdst, st.tm_zone, st.tm_gmtoff, st[:3], st == (2024, 2, 29, 13, 5, 9, 3, 60, -1), hash(st) == hash(tuple(st)))
print(time.strftime("%Y-%m-%dT%H:%M:%S %j %a %b %p %I %y %%", st), time.asctime(st), time.strftime("%c|%x|%X", st))
print(time.gmtime(-1), time.gmtime(2**31), time.gmtime(1e9 + 0.9), time.mktime(time.gmtime(12345)), time.localtime(0).tm_year)
print(time.strptime("29 Feb 2024 13:05", "%d %b %Y %H:%M"), time.strptime("2024-060", "%Y-%j"), time.strptime("Thu", "%a"), time.strptime("12 AM", "%I %p").tm_hour, time.strptime("", ""))
t(time.strptime, "2023-02-29", "%Y-%m-%d"); t(time.strptime, "13", "%I"); t(time.strftime, "%Y", (2024,)); t(time.strftime, "%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0)); t(time.gmtime, 1e20); t(time.asctime, "x"); t(time.mktime, (1,))
t(time.struct_time, [1] * 9); t(time.struct_time, [1] * 12); t(time.struct_time, [1] * 8); t(time.struct_time, 5)
print(time.struct_time([1] * 11).tm_zone, time.struct_time([1] * 9).tm_zone, time.timezone, time.altzone, time.daylight, time.tzname)
t(time.sleep, 1e100) if False else None
print(time.gmtime(0).tm_wday, time.gmtime(86400 * 365.25 * 30).tm_yday, repr(time.gmtime(0))[:30])
print(time.strftime("%U %W %w %u %G %V %e %C %D %R %T %n%t|", st))
t(time.strftime, "%Y", 1); t(time.strftime, 5)
