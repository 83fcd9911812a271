from datetime import *
import time as _t
d = datetime(2023, 1, 1, 0, 5, 7, 9)
for c in "aAbBcdDefFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%":
    try: print(c, repr(d.strftime("%" + c)))
    except Exception as e: print(c, type(e).__name__, e)
for c in "aAbBcdHIjmMpSUwWxXyY":
    print(c, repr(date(1, 1, 1).strftime("%" + c)), repr(time(13, 7).strftime("%" + c)))
print(repr(d.strftime("")), repr(d.strftime("%")), repr(d.strftime("%Q")), repr(d.strftime("%-d")), repr(d.strftime("%E")), repr(d.strftime("%Oy")), repr(d.strftime("%4Y")) if False else "")
a = datetime(2024, 3, 1, tzinfo=timezone(timedelta(hours=5)))
b = datetime(2024, 3, 1, tzinfo=timezone.utc)
print(a - b, b - a, a < b, a.astimezone(timezone.utc), a.timetz(), a.utctimetuple(), a.isoformat(), str(a), a.replace(tzinfo=None))
print(datetime(2024, 1, 1, 12, 30, tzinfo=timezone(-timedelta(hours=3, minutes=30))).strftime("%z|%Z|%:z" if False else "%z|%Z"), timezone(timedelta(seconds=30)).tzname(None), timezone(timedelta(microseconds=5)) if False else "")
print(datetime(2024, 1, 31) + timedelta(days=30), date(2024, 12, 31).isocalendar(), date(2021, 1, 3).isocalendar(), date(2020, 12, 31).strftime("%G %V %U %W"))
print(timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999) == timedelta.max, timedelta(seconds=86399.9999996), timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=-0.5), timedelta(seconds=0.0000015))
print(repr(timedelta(days=1, seconds=1, microseconds=1)), repr(timedelta(days=-1, seconds=86399)), timedelta(hours=-25))
print(datetime.fromisoformat("2024-03-10T14:05:09.123456-03:00"), datetime.fromisoformat("2024-03-10T14:05:09,5"), datetime.fromisoformat("2024-03-10T24:00") if False else "")
print(date(2024, 3, 10).__format__("%d"), format(timedelta(1), ""), datetime(2024, 1, 1).__str__(), datetime(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) == datetime(2024, 1, 1))
try: date(2024, 1, 1) < datetime(2024, 1, 1)
except TypeError as e: print(e)
print(datetime.combine(date(2020, 1, 1), time(1, tzinfo=timezone.utc)), datetime(2020, 1, 1).replace(day=31, month=1))
print(timezone.utc.utcoffset(None), timezone.utc.dst(None), timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "x"), hash(timezone.utc) == hash(timezone(timedelta(0))))
print(time(1, 2, 3, 400000).isoformat("milliseconds"), time(1).isoformat("hours"), time(1, 2, 3, 5).isoformat(), time(23, 59, 59, 999999) < time(0) , bool(time(0)))
