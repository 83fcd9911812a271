# strftime (glibc's C-locale directives, flags, widths, %z/%Z/%f of datetime) and strptime
# (the common directives, CPython's ValueError messages) through datetime and time.
import time as _t
from datetime import MAXYEAR, MINYEAR, date, datetime, time, timedelta, timezone, tzinfo


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# strptime
for args in [('2024-03-05 14:15:16', '%Y-%m-%d %H:%M:%S'), ('05/03/24', '%d/%m/%y'), ('5 March 2024', '%d %B %Y'), ('Tue, 5 Mar 2024 02:15 PM', '%a, %d %b %Y %I:%M %p'), ('2024-065', '%Y-%j'), ('12:30:45.123', '%H:%M:%S.%f'), ('2024-03-05T14:15:16+0100', '%Y-%m-%dT%H:%M:%S%z'), ('2024-03-05T14:15:16-01:30', '%Y-%m-%dT%H:%M:%S%z'), ('2024-03-05T14:15:16Z', '%Y-%m-%dT%H:%M:%S%z'), ('2024-03-05 GMT', '%Y-%m-%d %Z'), ('100%', '%d%%'), ('  2024   03', '%Y %m'), ('2024-3-5', '%Y-%m-%d'), ('69', '%y'), ('68', '%y'), ('12 AM', '%I %p'), ('12 PM', '%I %p'), ('monday 2024 10', '%A %Y %W'), ('2024 10 1', '%Y %U %w'), ('2024-W10-2', '%G-W%V-%u'), ('1 2', '%m%d'), ('111', '%m%d'), ('2024-03-05 14:15', '%Y-%m-%d'), ('2024-03', '%Y-%m-%d'), ('2024-03-05', '%Y-%m-%d %Q'), ('2024', '%Y%'), ('2024-02-30', '%Y-%m-%d'), ('Mar 5', '%b %d'), ('xyz', 'xyz'), ('XYZ', 'xyz'), ('2024-03-05T14:15:16+01:00:30', '%Y-%m-%dT%H:%M:%S%z'), ('0000', '%Y'), ('10:61', '%M:%S'), ('2024 1', '%Y %V'), ('2024 1 1', '%G %V %u')]:
    t(lambda: datetime.strptime(*args))
    t(lambda: _t.strptime(*args))
t(lambda: datetime(5,1,1).strftime('%Y %G %C %y %c %x'))
t(lambda: _t.strftime('%Z|%z', (2024,1,1,0,0,0,0,1,0)))
t(lambda: _t.strftime('%Z|%z', _t.gmtime(0)))
t(lambda: _t.strftime('%', (2024,1,1,0,0,0,0,1,0)))
t(lambda: _t.strftime('a%Qb%Ec%Od%5d%-d%_d%^a%#b', (2024,1,1,0,0,0,0,1,0)))
t(lambda: _t.strftime('%Y', (2024,)))
t(lambda: _t.strftime('%Y', 5))
t(lambda: _t.strftime('%Y', [2024,1,1,0,0,0,0,1,0]))
t(lambda: _t.strftime('%s %e %D %F %T %R %r %h %n%t %g %k %l %P %u %V %G', (2024,1,1,0,0,0,0,1,0)))
t(lambda: date(2024,1,1).strftime(5))
t(lambda: datetime(2024,1,1).strftime('%f %z %Z'))
t(lambda: datetime(2024,1,1,tzinfo=timezone(timedelta(hours=5,minutes=30,seconds=7,microseconds=9))).strftime('%f %z %Z :%:z'))
t(lambda: datetime.strptime('2024-03-05 +0530', '%Y-%m-%d %z'))
t(lambda: datetime.strptime('2024-03-05 UTC', '%Y-%m-%d %Z'))
t(lambda: datetime.strptime('2024-03-05 +0000 UTC', '%Y-%m-%d %z %Z'))
t(lambda: datetime.strptime('5', '%d'))
t(lambda: datetime.strptime(5, '%d'))
t(lambda: datetime.strptime('02-29', '%m-%d'))
