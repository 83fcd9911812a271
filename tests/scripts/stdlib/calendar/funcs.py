import calendar
import datetime

print([y for y in range(1896, 1910) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100))
print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2001), calendar.leapdays(2024, 2020), calendar.leapdays(-100, 100))
print(calendar.weekday(2024, 1, 1), calendar.weekday(1970, 1, 1), calendar.weekday(10000, 1, 1), calendar.weekday(-1, 3, 1))
for ym in [(2024, 2), (2023, 2), (1900, 2), (2000, 12), (2024, 4)]:
    print(ym, calendar.monthrange(*ym))
for bad in [(2024, 0), (2024, 13), (2024, -1)]:
    try:
        calendar.monthrange(*bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, e.month, isinstance(e, ValueError))
try:
    calendar.month(2024, 13)
except (ValueError, IndexError) as e:
    print(type(e).__name__, e)
for bad in [7, -1, 10]:
    try:
        calendar.setfirstweekday(bad)
    except calendar.IllegalWeekdayError as e:
        print(type(e).__name__, e, e.weekday)
for args in [(2024, 2, 30), (2024, 13, 1), (2024, 1, 0)]:
    try:
        calendar.weekday(*args)
    except ValueError as e:
        print('ValueError', e)
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1970, 1, 1, 0, 0, 1, 3, 1, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.timegm((2000, 2, 29, 12, 30, 45, 0, 0, 0)), calendar.timegm((2024, 3, 40, 25, 61, 61)))
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr))
print(len(calendar.day_name), len(calendar.month_name), calendar.month_name[12], calendar.day_abbr[-1], calendar.month_abbr[1:4])
try:
    calendar.day_name[7]
except IndexError as e:
    print('IndexError', e)
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.mdays, calendar.EPOCH, calendar.error)
c = calendar.Calendar()
print(list(c.iterweekdays()), list(calendar.Calendar(3).iterweekdays()))
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 2))[:9])
print(list(c.itermonthdays3(2024, 3))[:3], list(c.itermonthdays3(2024, 12))[-3:])
print(list(c.itermonthdays4(2024, 1))[:2])
print(list(c.itermonthdates(2024, 5))[:2], c.monthdatescalendar(2024, 2)[0][:2])
print(c.monthdays2calendar(2024, 2)[-1])
print(c.monthdayscalendar(2024, 6))
print(len(c.yeardatescalendar(2024)), len(c.yeardatescalendar(2024, 4)), c.yeardays2calendar(2024, 6)[1][0][0])
print(c.yeardayscalendar(2024, 12)[0][11][-1])
print(list(calendar.Calendar(6).itermonthdays3(1, 1))[:2])
try:
    list(c.itermonthdates(9999, 12))
except ValueError as e:
    print('ValueError', e)
print(sorted(calendar.__all__))
print(calendar.datetime.date(2020, 1, 1), calendar.weekday(True, 1, 1), calendar.weekday(-400, 2, 29))
for args in [(2024.0, 1, 1), (2024, 1.0, 1), ('2024', 1, 1), (2023, 2, 29), (0, 1, 1), (10000, 2, 29)]:
    try:
        print(args, calendar.weekday(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
for t in [(2024, 2, 29, 0, 0, 0), (1, 1, 1, 0, 0, 0), (9999, 12, 31, 23, 59, 59), (2024, 0, 1, 0, 0, 0), (2024.5, 1, 1, 0, 0, 0)]:
    try:
        print(t, calendar.timegm(t))
    except (TypeError, ValueError) as e:
        print(t, type(e).__name__, e)
print(sum(calendar.weekday(y, m, d) for y in range(1990, 2031) for m in (1, 2, 3, 12) for d in (1, 15, 28)))
