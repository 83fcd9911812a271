# __reduce__/__reduce_ex__ as CPython 3.11 pickles these types (bytes states, fold in the
# high bit from protocol 4), the constructors reading those states back, copies.
from datetime import *
import copy
objs = [date(2024, 1, 2), time(1, 2, 3, 456789), time(23, 0, fold=1, tzinfo=timezone.utc), datetime(2024, 12, 31, 23, 59, 59, 999999), datetime(1, 1, 1, fold=1, tzinfo=timezone(timedelta(hours=-3), 'X')), timedelta(-1, 5, 7), timezone(timedelta(hours=1)), timezone.utc]
for o in objs:
    r = o.__reduce__()
    print(r)
    print(o.__reduce_ex__(4))
    rebuilt = r[0](*r[1])
    print(repr(rebuilt), rebuilt == o, repr(copy.copy(o)), repr(copy.deepcopy(o)))
print(repr(date(b'\x07\xe8\x02\x1d')), repr(datetime('\x07\xe8\x02\x1d\x01\x02\x03\x00\x00\x05')), repr(time(b'\x81\x02\x03\x00\x00\x05', timezone.utc)))
for bad in [lambda: time(b'\x81\x02\x03\x00\x00\x05', 5), lambda: date(b'\x07\xe8\x0d\x01'), lambda: date(b'abc')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
