"""Fast implementation of the datetime type."""

# pyrite's datetime: the behaviour, reprs and messages of CPython 3.11's C module
# (_datetimemodule.c), whose classes print as `datetime.date` in error messages
# (`__pyrite_tp_name__`). Local time is UTC (see time.py); the clock readings (`now`,
# `today`, `utcnow`) need the engine's clock capability.

import time as _time
from time import (_is_leap, _days_in_month, _days_before_year, _days_before_month, _ymd2ord,
                  _ord2ymd, _parse, _clock_ns, _DAY_ABBRS, _MONTH_ABBRS, _iso_to_ymd,
                  _iso_week1_monday, _split_timestamp, _utc_fields)

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059
_MAX_DELTA_DAYS = 999999999
_US_PER_DAY = 86400000000
_EPOCH_ORDINAL = 719163
_MISSING = object()


# --- Argument checks, as CPython's argument parser and range checks report them ---

def _int_arg(v):
    """An argument of C type int ("i" format): __index__, within C int's range."""
    if not isinstance(v, int):
        index = getattr(type(v), '__index__', None)
        if index is None or isinstance(v, float):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
        v = index(v)
    if v > 2147483647:
        raise OverflowError('signed integer is greater than maximum')
    if v < -2147483648:
        raise OverflowError('signed integer is less than minimum')
    return int(v)


def _bind(args, kwargs, names, required, max_positional=None, what=None, ints=()):
    """CPython's PyArg_ParseTupleAndKeywords: the values of `names` from positional and
    keyword arguments (those at the indexes `ints` converted as C ints, in order, as the
    parser converts them), _MISSING for the optional ones not given; `what` is the function
    name its messages use (None: "function")."""
    fname = 'function' if what is None else what + '()'
    n = len(args)
    size = len(names)
    total = n + len(kwargs)
    if total > size:
        keyword = 'keyword ' if n == 0 else ''
        raise TypeError(f"{fname} takes at most {size} {keyword}argument{'' if size == 1 else 's'} "
                        f"({total} given)")
    if max_positional is not None and n > max_positional:
        raise TypeError(f"{fname} takes at most {max_positional} positional argument"
                        f"{'' if max_positional == 1 else 's'} ({n} given)")
    values = [_MISSING] * size
    unused = len(kwargs)
    for i in range(size):
        if i < n:
            value = args[i]
        elif unused and names[i] in kwargs:
            value = kwargs[names[i]]
            unused -= 1
        elif i < required:
            raise TypeError(f"{fname} missing required argument '{names[i]}' (pos {i + 1})")
        else:
            continue
        values[i] = _int_arg(value) if i in ints else value
    for key in kwargs:
        if key not in names:
            where = 'this function' if what is None else fname
            raise TypeError(f"'{key}' is an invalid keyword argument for {where}")
        if names.index(key) < n:
            raise TypeError(f"argument for {fname} given by name ('{key}') and position "
                            f"({names.index(key) + 1})")
    return values


def _field(slot, name, owner, doc):
    """A read-only attribute reading slot `slot`, refusing assignment with CPython's message
    (owner None: the message of a read-only member, as timedelta's fields)."""
    def get(self):
        return getattr(self, slot)

    def refuse(self, value=None):
        if owner is None:
            raise AttributeError('readonly attribute')
        raise AttributeError(f"attribute '{name}' of '{owner}' objects is not writable")
    return property(get, refuse, refuse, doc)


def _check_date_fields(year, month, day):
    year = _int_arg(year)
    month = _int_arg(month)
    day = _int_arg(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _int_arg(hour)
    minute = _int_arg(minute)
    second = _int_arg(second)
    microsecond = _int_arg(microsecond)
    fold = _int_arg(fold)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type "
                        f"'{_tp_name(tz)}'")


def _tp_name(obj):
    cls = type(obj)
    return cls.__dict__.get('__pyrite_tp_name__', cls.__name__)


def _cls_name(self):
    """How a repr names the class: its C name for the module's own classes, else __name__."""
    return _tp_name(self)


def _rich_comparisons(cls):
    """Class decorator: the six comparisons, each self._compare(other, op) (NotImplemented for
    what the class does not compare with)."""
    def make(op):
        def compare(self, other):
            return self._compare(other, op)
        compare.__name__ = f'__{op}__'
        compare.__qualname__ = f'{cls.__name__}.__{op}__'
        return compare
    for op in ('eq', 'ne', 'lt', 'le', 'gt', 'ge'):
        setattr(cls, f'__{op}__', make(op))
    return cls


def _compare_op(a, b, op):
    if op == 'eq':
        return a == b
    if op == 'ne':
        return a != b
    if op == 'lt':
        return a < b
    if op == 'le':
        return a <= b
    if op == 'gt':
        return a > b
    return a >= b


def _divide_nearest(m, n):
    """m / n rounded half to even (CPython's divide_nearest)."""
    q, r = divmod(m, n)
    r2 = r * 2
    if (r2 > n if n > 0 else r2 < n) or (r2 == n and q % 2 == 1):
        q += 1
    return q


def _check_offset(offset, name):
    """A tzinfo method's result (utcoffset or dst): None or a timedelta within a day."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, not '{_tp_name(offset)}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                         'timedelta(hours=24).')
    return offset


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError(f"tzinfo.tzname() must return None or a string, not '{_tp_name(name)}'")
    return name


def _format_offset(off, sep=':'):
    """+HH:MM[:SS[.ffffff]] of a UTC offset, '' for None."""
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = f'{sign}{hh:02d}{sep}{mm:02d}'
    if ss or off.microseconds:
        s += f'{sep}{ss:02d}'
        if off.microseconds:
            s += f'.{off.microseconds:06d}'
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return f'{hh:02d}'
    if timespec == 'minutes':
        return f'{hh:02d}:{mm:02d}'
    if timespec == 'seconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}'
    if timespec == 'milliseconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}.{us // 1000:03d}'
    if timespec == 'microseconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}'
    raise ValueError('Unknown timespec value')


def _strftime(obj, fmt, timetuple):
    """datetime's strftime: %z, %Z and %f from the object, the rest by time's strftime."""
    if not isinstance(fmt, str):
        raise TypeError(f'strftime() argument 1 must be str, not {_tp_name(fmt)}')
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%' and i + 1 < n:
            d = fmt[i + 1]
            if d == 'f':
                out.append('%06d' % getattr(obj, 'microsecond', 0))
                i += 2
                continue
            if d == 'z':
                off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
                out.append(_format_offset(off, '').replace('%', '%%'))
                i += 2
                continue
            if d == 'Z':
                name = obj.tzname() if hasattr(obj, 'tzname') else None
                out.append('' if name is None else name.replace('%', '%%'))
                i += 2
                continue
            out.append(fmt[i:i + 2])
            i += 2
            continue
        out.append(c)
        i += 1
    return _time.strftime(''.join(out), timetuple)


# --- ISO 8601 parsing, as _datetimemodule.c reads it ---

def _at(s, i):
    return s[i] if 0 <= i < len(s) else '\0'


def _digits(s, pos, count):
    """The value of exactly `count` ASCII digits at pos, or None."""
    value = 0
    for k in range(count):
        c = _at(s, pos + k)
        if not '0' <= c <= '9':
            return None
        value = value * 10 + ord(c) - 48
    return value


def _parse_iso_date(s, length):
    """(year, month, day) of an ISO date at the start of s, or None."""
    year = _digits(s, 0, 4)
    if year is None:
        return None
    p = 4
    dashed = _at(s, p) == '-'
    if dashed:
        p += 1
    if _at(s, p) == 'W':
        p += 1
        week = _digits(s, p, 2)
        if week is None:
            return None
        p += 2
        day = 1
        if p < length:
            if dashed:
                if _at(s, p) != '-':
                    return None
                p += 1
            day = _digits(s, p, 1)
            if day is None:
                return None
        ymd = _iso_to_ymd(year, week, day)
        return None if isinstance(ymd, str) else ymd
    month = _digits(s, p, 2)
    if month is None:
        return None
    p += 2
    if dashed:
        if _at(s, p) != '-':
            return None
        p += 1
    day = _digits(s, p, 2)
    if day is None:
        return None
    return year, month, day


def _parse_hms(s, start, end):
    """[HH[:?MM[:?SS]]][{.,}fraction] in s[start:end]: (status, [h, m, s, us]); status 0 at
    the end of the string, 1 if something follows, negative on failure."""
    vals = [0, 0, 0, 0]
    p = start
    has_sep = True
    for i in range(3):
        v = _digits(s, p, 2)
        if v is None:
            return -3, vals
        vals[i] = v
        p += 2
        c = _at(s, p)
        p += 1
        if i == 0:
            has_sep = c == ':'
        if p >= end:
            return (1 if c != '\0' else 0), vals
        if has_sep and c == ':':
            continue
        if c in '.,':
            break
        if not has_sep:
            p -= 1
        else:
            return -4, vals
    remains = end - p
    to_parse = 6 if remains >= 6 else remains
    us = _digits(s, p, to_parse)
    if us is None or to_parse == 0:
        return -3, vals
    vals[3] = us * 10 ** (6 - to_parse)
    p += to_parse
    while '0' <= _at(s, p) <= '9':
        p += 1
    return (1 if _at(s, p) != '\0' else 0), vals


def _parse_iso_time(s, start):
    """(status, [h, m, s, us], tz offset in seconds, tz microseconds) of an ISO time at
    s[start:]; status 1 when a UTC offset was given, 0 without, negative on failure."""
    end = len(s)
    tz_pos = start
    while True:
        if _at(s, tz_pos) in 'Z+-' and tz_pos < end:
            break
        tz_pos += 1
        if tz_pos >= end:
            break
    rv, vals = _parse_hms(s, start, tz_pos)
    if rv < 0:
        return rv, vals, 0, 0
    if tz_pos >= end:
        return (-5 if rv == 1 else 0), vals, 0, 0
    if s[tz_pos] == 'Z':
        return (-5 if tz_pos + 1 != end else 1), vals, 0, 0
    sign = -1 if s[tz_pos] == '-' else 1
    rv, tz = _parse_hms(s, tz_pos + 1, end)
    offset = sign * (tz[0] * 3600 + tz[1] * 60 + tz[2])
    return (-5 if rv else 1), vals, offset, sign * tz[3]


def _iso_tzinfo(rv, offset, us):
    if rv != 1:
        return None
    if offset == 0:
        return timezone.utc
    return timezone(timedelta(0, offset, us))


def _find_iso_separator(s):
    n = len(s)
    if n == 7:
        return 7
    if _at(s, 4) == '-':
        if _at(s, 5) == 'W':
            if n < 8:
                return -1
            if n > 8 and _at(s, 8) == '-':
                if n == 9:
                    return -1
                if n > 10 and '0' <= _at(s, 10) <= '9':
                    return 8
                return 10
            return 8
        return 10
    if _at(s, 4) == 'W':
        idx = 7
        while idx < n and '0' <= s[idx] <= '9':
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


def _pickle_state(arg, size, month_at):
    """The bytes of a pickled state (what __reduce__ gives, as CPython's): a bytes or
    latin-1 str of `size` items whose month (at month_at; the hour for time) is sane, else
    None (the arguments are then read as fields)."""
    if isinstance(arg, str):
        if len(arg) != size or any(ord(c) > 255 for c in arg):
            return None
        arg = bytes(ord(c) for c in arg)
    elif not isinstance(arg, bytes) or len(arg) != size:
        return None
    if size == 6:
        return arg if (arg[0] & 127) < 24 else None
    return arg if 1 <= (arg[month_at] & 127) <= 12 else None


def _iso_arg(s):
    if not isinstance(s, str):
        raise TypeError('fromisoformat: argument must be str')


def _invalid_iso(s):
    return ValueError(f'Invalid isoformat string: {s!r}')


def _now_us(what):
    return _clock_ns(what) // 1000


@_rich_comparisons
class timedelta:
    """Difference between two datetime values.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

All arguments are optional and default to 0.
Arguments may be integers or floats, and may be positive or negative."""

    __pyrite_tp_name__ = 'datetime.timedelta'
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')
    # For pyrite's copy protocol only: CPython's type has no such method (dir() hides it).
    __pyrite_dir_hidden__ = ('__getnewargs__',)

    def __new__(cls, *args, **kwargs):
        names = ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks')
        values = _bind(args, kwargs, names, 0, what='__new__')
        total = 0
        leftover = 0.0
        # Accumulated as CPython does: integer microseconds, plus the fractions of float
        # arguments summed in this order, rounded half to even at the end.
        for index, factor in ((2, 1), (3, 1000), (1, 1000000), (4, 60000000),
                              (5, 3600000000), (0, _US_PER_DAY), (6, 7 * _US_PER_DAY)):
            num = values[index]
            if num is _MISSING:
                continue
            if isinstance(num, int):
                total += int(num) * factor
            elif isinstance(num, float):
                whole = int(num)
                frac = num - whole
                total += whole * factor
                if frac != 0.0:
                    scaled = float(factor) * frac
                    whole = int(scaled)
                    total += whole
                    leftover += scaled - whole
            else:
                raise TypeError(f'unsupported type for timedelta {names[index]} component: '
                                f'{_tp_name(num)}')
        if leftover:
            whole_us = _c_round(leftover)
            if abs(whole_us - leftover) == 0.5:
                odd = total & 1
                whole_us = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole_us)
        return _delta_from_us(total, cls)

    days = _field('_days', 'days', None, 'Number of days.')

    seconds = _field('_seconds', 'seconds', None, 'Number of seconds (>= 0 and less than 1 day).')

    microseconds = _field('_microseconds', 'microseconds', None, 'Number of microseconds (>= 0 and less than 1 second).')

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 10 ** 6

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f'days={self._days}')
        if self._seconds:
            parts.append(f'seconds={self._seconds}')
        if self._microseconds:
            parts.append(f'microseconds={self._microseconds}')
        return f"{_cls_name(self)}({', '.join(parts) or '0'})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f'{hh}:{mm:02d}:{ss:02d}'
        if self._days:
            plural = '' if self._days in (1, -1) else 's'
            s = f'{self._days} day{plural}, {s}'
        if self._microseconds:
            s += f'.{self._microseconds:06d}'
        return s

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __getnewargs__(self):
        # What pyrite's copy module rebuilds a copy from (CPython's copies go through
        # __reduce_ex__).
        return (self._days, self._seconds, self._microseconds)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(-self._to_us())

    def __pos__(self):
        return _delta_from_us(self._to_us())

    def __abs__(self):
        return -self if self._days < 0 else _delta_from_us(self._to_us())

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _delta_from_us(_divide_nearest(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _delta_from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return _delta_from_us(_divide_nearest(self._to_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _delta_from_us(_divide_nearest(b * self._to_us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _delta_from_us(r)
        return NotImplemented

    # The reflected forms of the C type's number slots: only ever reached with a left operand
    # that is not a timedelta, which none of them handles.
    def __rfloordiv__(self, other):
        return NotImplemented

    def __rtruediv__(self, other):
        return NotImplemented

    def __rmod__(self, other):
        return NotImplemented

    def __rdivmod__(self, other):
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def _compare(self, other, op):
        if isinstance(other, timedelta):
            return _compare_op(self._key(), other._key(), op)
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0


def _c_round(x):
    """C's round(): halves away from zero."""
    if x < 0:
        return -_c_round(-x)
    whole = float(int(x))
    return whole + 1.0 if x - whole >= 0.5 else whole


def _delta_from_us(us, cls=timedelta):
    seconds, us = divmod(us, 1000000)
    days, seconds = divmod(seconds, 86400)
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        if not -2147483648 <= days <= 2147483647:
            raise OverflowError('Python int too large to convert to C int')
        raise OverflowError(f'days={days}; must have magnitude <= {_MAX_DELTA_DAYS}')
    self = object.__new__(cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = us
    return self


timedelta.min = _delta_from_us(-_MAX_DELTA_DAYS * _US_PER_DAY)
timedelta.max = _delta_from_us((_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _delta_from_us(1)


@_rich_comparisons
class date:
    """date(year, month, day) --> date object"""

    __pyrite_tp_name__ = 'datetime.date'
    __slots__ = ('_year', '_month', '_day', '_hashcode')
    # For pyrite's copy protocol only: CPython's type has no such method (dir() hides it).
    __pyrite_dir_hidden__ = ('__getnewargs__',)

    def __new__(cls, *args, **kwargs):
        if len(args) == 1:
            state = _pickle_state(args[0], 4, 2)
            if state is not None:
                return _new_date(cls, state[0] << 8 | state[1], state[2], state[3])
        year, month, day = _bind(args, kwargs, ('year', 'month', 'day'), 3, ints=(0, 1, 2))
        year, month, day = _check_date_fields(year, month, day)
        return _new_date(cls, year, month, day)

    # Class methods

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp.

The timestamp is a number, e.g. created via time.time(), that is interpreted
as local time. (pyrite: local time is UTC.)"""
        seconds, _ = _split_timestamp(t)
        year, month, day = _utc_fields(seconds)[:3]
        return cls(year, month, day)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        us = _now_us('datetime.today()' if issubclass(cls, datetime) else 'date.today()')
        if issubclass(cls, datetime):
            return cls._from_seconds(us // 1000000, us % 1000000, None)
        year, month, day = _utc_fields(us // 1000000)[:3]
        return cls(year, month, day)

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _int_arg(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        year, month, day = _ord2ymd(n)
        if year > MAXYEAR:
            raise ValueError(f'year {year} is out of range')
        return cls(year, month, day)

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        _iso_arg(date_string)
        if len(date_string) not in (7, 8, 10) or not date_string.isascii():
            raise _invalid_iso(date_string)
        ymd = _parse_iso_date(date_string, len(date_string))
        if ymd is None:
            raise _invalid_iso(date_string)
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

This is the inverse of the date.isocalendar() function"""
        ymd = _iso_to_ymd(_int_arg(year), _int_arg(week), _int_arg(day))
        if isinstance(ymd, str):
            raise ValueError(ymd)
        return cls(*ymd)

    # Conversions

    def __repr__(self):
        return f'{_cls_name(self)}({self._year}, {self._month}, {self._day})'

    def ctime(self):
        """Return ctime() style string."""
        weekday = (self.toordinal() + 6) % 7
        return '%s %s %2d 00:00:00 %04d' % (_DAY_ABBRS[weekday], _MONTH_ABBRS[self._month - 1],
                                            self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'format() argument 2 must be str, not {_tp_name(fmt)}')
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    def __str__(self):
        return self.isoformat()

    year = _field('_year', 'year', 'datetime.date', 'year (1-9999)')

    month = _field('_month', 'month', 'datetime.date', 'month (1-12)')

    day = _field('_day', 'day', 'datetime.date', 'day (1-31)')

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _time._struct(self._year, self._month, self._day, 0, 0, 0, -1, None, None)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, *args, **kwargs):
        """Return date with new specified fields."""
        year, month, day = _bind(args, kwargs, ('year', 'month', 'day'), 0, what='replace',
                                 ints=(0, 1, 2))
        return type(self)(self._year if year is _MISSING else year,
                          self._month if month is _MISSING else month,
                          self._day if day is _MISSING else day)

    # Comparisons of date objects with other.

    def _compare(self, other, op):
        # A datetime answers for itself (its _compare), before this one: a subclass.
        if isinstance(other, date) and not isinstance(other, datetime):
            return _compare_op((self._year, self._month, self._day),
                               (other._year, other._month, other._day), op)
        return NotImplemented

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    # Computations

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other._days
            if 0 < ordinal <= _MAX_ORDINAL:
                return type(self).fromordinal(ordinal) if type(self) is not date else \
                    _new_date(date, *_ord2ymd(ordinal))
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _delta_from_us((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented

    def __rsub__(self, other):
        # Reached only with a left operand that is not a date (a datetime's own __sub__
        # answers first): the C slot refuses it too.
        return NotImplemented

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        week1 = _iso_week1_monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week1 = _iso_week1_monday(year)
            week, day = divmod(today - week1, 7)
        elif week >= 52:
            if today >= _iso_week1_monday(year + 1):
                year += 1
                week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return (type(self), (bytes((self._year >> 8, self._year & 255, self._month, self._day)),))

    def __getnewargs__(self):
        return (self._year, self._month, self._day)


def _new_date(cls, year, month, day):
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    return self


date.min = _new_date(date, 1, 1, 1)
date.max = _new_date(date, 9999, 12, 31)
date.resolution = _delta_from_us(_US_PER_DAY)


class IsoCalendarDate(tuple):
    __pyrite_tp_name__ = 'datetime.IsoCalendarDate'
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return f'{_cls_name(self)}(year={self[0]}, week={self[1]}, weekday={self[2]})'


# Not a public name of the module, as in CPython (only isocalendar() makes them).
_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


class tzinfo:
    """Abstract base class for time zone info objects."""

    __pyrite_tp_name__ = 'datetime.tzinfo'
    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, getattr(self, '__dict__', None) or None)


@_rich_comparisons
class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __pyrite_tp_name__ = 'datetime.time'
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')
    # For pyrite's copy protocol only: CPython's type has no such method (dir() hides it).
    __pyrite_dir_hidden__ = ('__getnewargs__',)

    def __new__(cls, *args, **kwargs):
        if 1 <= len(args) <= 2:
            state = _pickle_state(args[0], 6, 0)
            if state is not None:
                tz = args[1] if len(args) == 2 else None
                if tz is not None and not isinstance(tz, tzinfo):
                    raise TypeError('bad tzinfo state arg')
                us = state[3] << 16 | state[4] << 8 | state[5]
                return _new_time(cls, state[0] & 127, state[1], state[2], us, tz, state[0] >> 7)
        hour, minute, second, microsecond, tz, fold = _bind(
            args, kwargs, ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'), 0, 5,
            ints=(0, 1, 2, 3, 5))
        hour, minute, second, microsecond, fold = _check_time_fields(
            0 if hour is _MISSING else hour, 0 if minute is _MISSING else minute,
            0 if second is _MISSING else second, 0 if microsecond is _MISSING else microsecond,
            0 if fold is _MISSING else fold)
        tz = None if tz is _MISSING else tz
        _check_tzinfo(tz)
        return _new_time(cls, hour, minute, second, microsecond, tz, fold)

    hour = _field('_hour', 'hour', 'datetime.time', 'hour (0-23)')

    minute = _field('_minute', 'minute', 'datetime.time', 'minute (0-59)')

    second = _field('_second', 'second', 'datetime.time', 'second (0-59)')

    microsecond = _field('_microsecond', 'microsecond', 'datetime.time', 'microsecond (0-999999)')

    tzinfo = _field('_tzinfo', 'tzinfo', 'datetime.time', 'timezone info object')

    fold = _field('_fold', 'fold', 'datetime.time', None)

    def _cmp_key(self, other):
        """(mine, theirs) keys to compare, or None for naive against aware."""
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is not ottz:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
        if myoff == otoff:
            return ((self._hour, self._minute, self._second, self._microsecond),
                    (other._hour, other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            return None
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return ((myhhmm, self._second, self._microsecond),
                (othhmm, other._second, other._microsecond))

    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        keys = self._cmp_key(other)
        if keys is None:
            if op == 'eq':
                return False
            if op == 'ne':
                return True
            raise TypeError("can't compare offset-naive and offset-aware times")
        a, b = keys
        return _compare_op(a, b, op)

    def __hash__(self):
        tzoff = self.utcoffset()
        if not tzoff:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - tzoff,
                      timedelta(hours=1))
        m //= timedelta(minutes=1)
        if 0 <= h < 24:
            return hash((h, m, self._second, self._microsecond))
        return hash((h, m, self._second, self._microsecond, 'offset'))

    def __repr__(self):
        if self._microsecond:
            s = f'{self._hour}, {self._minute}, {self._second}, {self._microsecond}'
        elif self._second:
            s = f'{self._hour}, {self._minute}, {self._second}'
        else:
            s = f'{self._hour}, {self._minute}'
        s = f'{_cls_name(self)}({s}'
        if self._tzinfo is not None:
            s += f', tzinfo={self._tzinfo!r}'
        if self._fold:
            s += ', fold=1'
        return s + ')'

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(timespec, str):
            raise TypeError(f'isoformat() argument 1 must be str, not {_tp_name(timespec)}')
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        _iso_arg(time_string)
        s = time_string
        if not s.isascii():
            raise _invalid_iso(time_string)
        start = 1 if s[:1] == 'T' else 0
        rv, vals, offset, us = _parse_iso_time(s, start)
        if rv < 0 or len(s) == start:
            raise _invalid_iso(time_string)
        tz = _iso_tzinfo(rv, offset, us)
        return cls(vals[0], vals[1], vals[2], vals[3], tz)

    def strftime(self, format):
        """format -> strftime() style string."""
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(self, format, timetuple)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'format() argument 2 must be str, not {_tp_name(fmt)}')
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset(self._tzinfo.utcoffset(None), 'utcoffset')

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset(self._tzinfo.dst(None), 'dst')

    def replace(self, *args, **kwargs):
        """Return time with new specified fields."""
        hour, minute, second, microsecond, tz, fold = _bind(
            args, kwargs, ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'), 0, 5,
            what='replace')
        return type(self)(self._hour if hour is _MISSING else hour,
                          self._minute if minute is _MISSING else minute,
                          self._second if second is _MISSING else second,
                          self._microsecond if microsecond is _MISSING else microsecond,
                          self._tzinfo if tz is _MISSING else tz,
                          fold=self._fold if fold is _MISSING else fold)

    def __reduce_ex__(self, protocol):
        us = self._microsecond
        hour = self._hour + (128 if self._fold and protocol > 3 else 0)
        state = bytes((hour, self._minute, self._second, us >> 16, us >> 8 & 255, us & 255))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __getnewargs__(self):
        # fold is keyword-only: a copy gets it back with the slots' state.
        return (self._hour, self._minute, self._second, self._microsecond, self._tzinfo)


def _new_time(cls, hour, minute, second, microsecond, tz, fold):
    self = object.__new__(cls)
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    return self


time.min = _new_time(time, 0, 0, 0, 0, None, 0)
time.max = _new_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = _delta_from_us(1)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __pyrite_tp_name__ = 'datetime.datetime'
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')
    # For pyrite's copy protocol only: CPython's type has no such method (dir() hides it).
    __pyrite_dir_hidden__ = ('__getnewargs__',)

    def __new__(cls, *args, **kwargs):
        if 1 <= len(args) <= 2:
            state = _pickle_state(args[0], 10, 2)
            if state is not None:
                tz = args[1] if len(args) == 2 else None
                if tz is not None and not isinstance(tz, tzinfo):
                    raise TypeError('bad tzinfo state arg')
                us = state[7] << 16 | state[8] << 8 | state[9]
                return _new_datetime(cls, state[0] << 8 | state[1], state[2] & 127, state[3],
                                     state[4], state[5], state[6], us, tz, state[2] >> 7)
        (year, month, day, hour, minute, second, microsecond, tz, fold) = _bind(
            args, kwargs, ('year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond',
                           'tzinfo', 'fold'), 3, 8, ints=(0, 1, 2, 3, 4, 5, 6, 8))
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            0 if hour is _MISSING else hour, 0 if minute is _MISSING else minute,
            0 if second is _MISSING else second, 0 if microsecond is _MISSING else microsecond,
            0 if fold is _MISSING else fold)
        tz = None if tz is _MISSING else tz
        _check_tzinfo(tz)
        return _new_datetime(cls, year, month, day, hour, minute, second, microsecond, tz, fold)

    hour = _field('_hour', 'hour', 'datetime.datetime', 'hour (0-23)')

    minute = _field('_minute', 'minute', 'datetime.datetime', 'minute (0-59)')

    second = _field('_second', 'second', 'datetime.datetime', 'second (0-59)')

    microsecond = _field('_microsecond', 'microsecond', 'datetime.datetime', 'microsecond (0-999999)')

    tzinfo = _field('_tzinfo', 'tzinfo', 'datetime.datetime', 'timezone info object')

    fold = _field('_fold', 'fold', 'datetime.datetime', None)

    @classmethod
    def _from_seconds(cls, seconds, us, tz):
        """The datetime of a UTC timestamp, converted to tz (None: naive UTC)."""
        year, month, day, hour, minute, second = _utc_fields(seconds)
        if tz is None:
            return cls(year, month, day, hour, minute, second, us)
        result = cls(year, month, day, hour, minute, second, us, tz)
        return tz.fromutc(result)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp.
(pyrite: local time is UTC.)"""
        _check_tzinfo(tz)
        seconds, us = _split_timestamp(t)
        return cls._from_seconds(seconds, us, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        seconds, us = _split_timestamp(t)
        return cls._from_seconds(seconds, us, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone. (pyrite: needs the clock capability.)"""
        _check_tzinfo(tz)
        us = _now_us('datetime.now()')
        return cls._from_seconds(us // 1000000, us % 1000000, tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        us = _now_us('datetime.utcnow()')
        return cls._from_seconds(us // 1000000, us % 1000000, None)

    @classmethod
    def combine(cls, *args, **kwargs):
        """date, time -> datetime with same date and time fields"""
        d, t, tz = _bind(args, kwargs, ('date', 'time', 'tzinfo'), 2, what='combine')
        if not isinstance(d, date):
            raise TypeError(f'combine() argument 1 must be datetime.date, not {_tp_name(d)}')
        if not isinstance(t, time):
            raise TypeError(f'combine() argument 2 must be datetime.time, not {_tp_name(t)}')
        if tz is _MISSING:
            tz = t.tzinfo
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tz,
                   fold=t.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        _iso_arg(date_string)
        s = date_string
        if not s.isascii() or len(s) < 7:
            raise _invalid_iso(date_string)
        sep = _find_iso_separator(s)
        if sep < 0:
            raise _invalid_iso(date_string)
        ymd = _parse_iso_date(s, sep)
        if ymd is None:
            raise _invalid_iso(date_string)
        vals = [0, 0, 0, 0]
        tz = None
        if len(s) > sep:
            rv, vals, offset, us = _parse_iso_time(s, sep + 1)
            if rv < 0:
                raise _invalid_iso(date_string)
            tz = _iso_tzinfo(rv, offset, us)
        return cls(ymd[0], ymd[1], ymd[2], vals[0], vals[1], vals[2], vals[3], tz)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        isdst = -1 if dst is None else 1 if dst else 0
        return _time._struct(self._year, self._month, self._day, self._hour, self._minute,
                             self._second, isdst, None, None)

    def _local_timestamp_us(self):
        days = self.toordinal() - _EPOCH_ORDINAL
        return ((days * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            return self._local_timestamp_us() / 10 ** 6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        offset = self.utcoffset()
        dt = self
        if offset:
            dt = self - offset
        return _time._struct(dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second, 0,
                             None, None)

    def date(self):
        """Return date object with same year, month and day."""
        return _new_date(date, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _new_time(time, self._hour, self._minute, self._second, self._microsecond, None,
                         self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _new_time(time, self._hour, self._minute, self._second, self._microsecond,
                         self._tzinfo, self._fold)

    def replace(self, *args, **kwargs):
        """Return datetime with new specified fields."""
        names = ('year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo',
                 'fold')
        values = _bind(args, kwargs, names, 0, 8, what='replace')
        current = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                   self._microsecond, self._tzinfo, self._fold)
        merged = [c if v is _MISSING else v for v, c in zip(values, current)]
        return type(self)(*merged[:8], fold=merged[8])

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz
(pyrite: the local time zone is UTC.)"""
        if tz is None:
            tz = _LOCAL
        elif not isinstance(tz, tzinfo):
            raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type "
                            f"'{_tp_name(tz)}'")
        mytz = self._tzinfo
        if mytz is None:
            offset = timedelta(0)
        else:
            if tz is mytz:
                return self
            offset = self.utcoffset()
            if offset is None:
                offset = timedelta(0)
        if mytz is tz:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """Return ctime() style string."""
        weekday = (self.toordinal() + 6) % 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_ABBRS[weekday], _MONTH_ABBRS[self._month - 1], self._day, self._hour,
            self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError(f'isoformat() argument 1 must be a unicode character, not '
                            f'{_tp_name(sep)}')
        if not isinstance(timespec, str):
            raise TypeError(f'isoformat() argument 2 must be str, not {_tp_name(timespec)}')
        s = (f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}' +
             _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
            if fields[-1] == 0:
                del fields[-1]
        s = f"{_cls_name(self)}({', '.join(map(str, fields))}"
        # fold before tzinfo here, after it in time's repr, as CPython writes them.
        if self._fold:
            s += ', fold=1'
        if self._tzinfo is not None:
            s += f', tzinfo={self._tzinfo!r}'
        return s + ')'

    def __str__(self):
        return self.isoformat(sep=' ')

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        if not isinstance(date_string, str):
            raise TypeError(f'strptime() argument 1 must be str, not {_tp_name(date_string)}')
        if not isinstance(format, str):
            raise TypeError(f'strptime() argument 2 must be str, not {_tp_name(format)}')
        fields, fraction, gmtoff_fraction = _parse(date_string, format)
        tzname, gmtoff = fields[-2:]
        args = fields[:6] + (fraction,)
        if gmtoff is not None:
            delta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
            tz = timezone(delta, tzname) if tzname else timezone(delta)
            args += (tz,)
        return cls(*args)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset(self._tzinfo.utcoffset(self), 'utcoffset')

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset(self._tzinfo.dst(self), 'dst')

    # Comparisons of datetime objects with other.

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op == 'eq':
                    return False
                if op == 'ne':
                    return True
                raise TypeError(f"can't compare {_tp_name(self)} to {_tp_name(other)}")
            return NotImplemented
        mytz = self._tzinfo
        ottz = other._tzinfo
        if mytz is ottz:
            return _compare_op(self._fields(), other._fields(), op)
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return _compare_op(self._fields(), other._fields(), op)
        if myoff is not None and otoff is not None:
            diff = self - other
            return _compare_op(diff._to_us(), 0, op)
        if op == 'eq':
            return False
        if op == 'ne':
            return True
        raise TypeError("can't compare offset-naive and offset-aware datetimes")

    def __add__(self, other):
        """Add a datetime and a timedelta."""
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._microsecond + other._microseconds
        seconds = self._hour * 3600 + self._minute * 60 + self._second + other._seconds
        if us >= 1000000:
            us -= 1000000
            seconds += 1
        days = other._days
        if seconds >= 86400:
            seconds -= 86400
            days += 1
        if days:
            ordinal = _ymd2ord(self._year, self._month, self._day) + days
            if not 0 < ordinal <= _MAX_ORDINAL:
                raise OverflowError('date value out of range')
            year, month, day = _ord2ymd(ordinal)
        else:
            year, month, day = self._year, self._month, self._day
        hour, seconds = divmod(seconds, 3600)
        minute, second = divmod(seconds, 60)
        if type(self) is not datetime:
            return type(self)(year, month, day, hour, minute, second, us, self._tzinfo)
        return _new_datetime(datetime, year, month, day, hour, minute, second, us, self._tzinfo,
                             0)

    __radd__ = __add__

    def __sub__(self, other):
        """Subtract two datetimes, or a datetime and a timedelta."""
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        base = self._local_timestamp_us() - other._local_timestamp_us()
        if self._tzinfo is other._tzinfo:
            return _delta_from_us(base)
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return _delta_from_us(base)
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return _delta_from_us(base - myoff._to_us() + otoff._to_us())

    def __hash__(self):
        if self._fold:
            t = self.replace(fold=0)
        else:
            t = self
        tzoff = t.utcoffset()
        if tzoff is None:
            return hash(t._fields())
        days = _ymd2ord(self._year, self._month, self._day)
        seconds = self._hour * 3600 + self._minute * 60 + self._second
        return hash(timedelta(days, seconds, self._microsecond) - tzoff)

    def __reduce_ex__(self, protocol):
        us = self._microsecond
        month = self._month + (128 if self._fold and protocol > 3 else 0)
        state = bytes((self._year >> 8, self._year & 255, month, self._day, self._hour,
                       self._minute, self._second, us >> 16, us >> 8 & 255, us & 255))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __getnewargs__(self):
        return self._fields() + (self._tzinfo,)


def _new_datetime(cls, year, month, day, hour, minute, second, microsecond, tz, fold):
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    return self


datetime.min = _new_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _new_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = _delta_from_us(1)


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __pyrite_tp_name__ = 'datetime.timezone'
    __slots__ = ('_offset', '_name')
    # For pyrite's copy protocol only: CPython's type has no such method (dir() hides it).
    __pyrite_dir_hidden__ = ('__getnewargs__',)

    def __new__(cls, *args, **kwargs):
        offset, name = _bind(args, kwargs, ('offset', 'name'), 1, what='timezone')
        if not isinstance(offset, timedelta):
            raise TypeError(f'timezone() argument 1 must be datetime.timedelta, not '
                            f'{_tp_name(offset)}')
        if name is _MISSING:
            name = None
            if not offset:
                return _UTC
        elif not isinstance(name, str):
            raise TypeError(f'timezone() argument 2 must be str, not {_tp_name(name)}')
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                             f'and timedelta(hours=24), not {offset!r}.')
        return _new_timezone(offset, name)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'datetime.timezone({self._offset!r})'
        return f'datetime.timezone({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f'{what}(dt) argument must be a datetime instance or None, not '
                            f'{_tp_name(dt)}')

    def utcoffset(self, dt):
        """Return fixed offset."""
        self._check_dt(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._check_dt(dt, 'tzname')
        if self._name is not None:
            return self._name
        if self is _UTC or not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def dst(self, dt):
        """Return None."""
        self._check_dt(dt, 'dst')
        return None

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __getnewargs__(self):
        return self.__getinitargs__()


def _new_timezone(offset, name):
    self = object.__new__(timezone)
    self._offset = offset
    self._name = name
    return self


_UTC = _new_timezone(_delta_from_us(0), None)
timezone.utc = _UTC
timezone.min = _new_timezone(-_delta_from_us(86340000000), None)
timezone.max = _new_timezone(_delta_from_us(86340000000), None)
UTC = _UTC
_LOCAL = _new_timezone(_delta_from_us(0), 'UTC')
_EPOCH = _new_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC, 0)
