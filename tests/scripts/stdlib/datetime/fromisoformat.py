# datetime.fromisoformat and time.fromisoformat: every form 3.11 accepts and the ones it refuses.
import time as _t
from datetime import MAXYEAR, MINYEAR, date, datetime, time, timedelta, timezone, tzinfo


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['2024-03-05T14:15:00', '2024-03-05 14:15', '2024-03-05T14', '2024-03-05T1415', '2024-03-05T141516', '2024-03-05T14:15:16.5', '2024-03-05T14:15:16,123456789', '2024-03-05T14:15:16.1234567+05:30', '2024-03-05T14:15Z', '2024-03-05T14:15:16-0800', '2024-03-05T14:15+05', '2024-03-05T14:15+05:30:15.5', '2024-03-05T14:15+00:00', '2024-03-05T', '2024-03-05T14:1', '2024-03-05T14:15:16.', '20240305T141516', '2024-W10-2T10:00', '2024W102T10', '2024-03-05x14:15', '2024-03-05T14:15:16Z+', '2024-03-05T14:15+5', '2024-03-05', '2024-03', '2024', 'abc', '2024-03-05T25:00', '2024-03-05T14:60']:
    t(lambda: datetime.fromisoformat(s))
for s in ['14:15', '14', '1415', '14:15:16.123', '14:15:16.123456+01:00', 'T14:15', '14:15Z', '14:15:16-05', '14:15:16.1234567', 'x', '', '14:5', '14:15:', '14:15+', '14:15:16.123Z', '1:15']:
    t(lambda: time.fromisoformat(s))
t(lambda: time.fromisoformat("25:00"))
t(lambda: time.fromisoformat("24:00"))
t(lambda: datetime.fromisoformat("2024-01-01T24:00"))
t(lambda: time.fromisoformat("T10:30"))
t(lambda: time.fromisoformat("10:30:45:123"))
t(lambda: time.fromisoformat("10:30+24:00"))
t(lambda: time.fromisoformat(5))
