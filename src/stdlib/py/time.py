# time's calendar side: struct_time, gmtime/localtime/mktime, asctime/ctime, strftime,
# strptime, sleep. The clocks are natives (time.rs), which also set the module's __doc__.
#
# pyrite has no local time zone: local time is UTC, as CPython's under TZ=UTC (localtime is
# gmtime, mktime its inverse, timezone/altzone 0, tzname ('UTC', 'UTC'), daylight 0).
# The formatting and parsing helpers here (_format, _parse) are shared with datetime.

_STRUCT_TM_ITEMS = 11
timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_DAY_ABBRS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_NAMES = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December')
_MONTH_ABBRS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
                'Dec')
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday',
           'tm_isdst')


# --- The proleptic Gregorian calendar (ordinal 1 is 0001-01-01) ---

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2:
        return 29 if _is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    # 400 years hold 146097 days, 100 years 36524, 4 years 1461; the last year of each of
    # the longer cycles is the leap one, so a remainder of exactly 4 (or 4 x 100) cycles
    # is the last day of the previous cycle.
    n400, n = divmod(n - 1, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = (n + 50) >> 5
    before = _days_before_month(year, month)
    if before > n:
        month -= 1
        before = _days_before_month(year, month)
    return year, month, n - before + 1


_EPOCH_ORDINAL = 719163


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(), and
 accepted by asctime(), mktime() and strftime().  May be considered as a
 sequence of 9 integers."""

    __pyrite_tp_name__ = 'time.struct_time'
    # dir() as CPython's struct sequence type: its __module__, no __dict__.
    __pyrite_dir_hidden__ = ('__dict__',)
    __pyrite_dir_shown__ = ('__module__',)
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0
    __match_args__ = _FIELDS

    def __new__(cls, sequence, dict=None):
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        n = len(items)
        if n < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence ({n}-sequence given)')
        if n > 11:
            raise TypeError(f'time.struct_time() takes an at most 11-sequence ({n}-sequence given)')
        self = tuple.__new__(cls, items[:9])
        extra = list(items[9:])
        # Fields the sequence leaves out come from the dict (what __reduce__ gives).
        for name in ('tm_zone', 'tm_gmtoff')[len(extra):]:
            extra.append(dict.get(name) if dict is not None else None)
        self._extra = tuple(extra)
        return self

    tm_year = property(lambda self: self[0], doc='year, for example, 1993')
    tm_mon = property(lambda self: self[1], doc='month of year, range [1, 12]')
    tm_mday = property(lambda self: self[2], doc='day of month, range [1, 31]')
    tm_hour = property(lambda self: self[3], doc='hours, range [0, 23]')
    tm_min = property(lambda self: self[4], doc='minutes, range [0, 59]')
    tm_sec = property(lambda self: self[5], doc='seconds, range [0, 61])')
    tm_wday = property(lambda self: self[6], doc='day of week, range [0, 6], Monday is 0')
    tm_yday = property(lambda self: self[7], doc='day of year, range [1, 366]')
    tm_isdst = property(lambda self: self[8], doc='1 if summer time is in effect, 0 if not, and -1 if unknown')
    tm_zone = property(lambda self: self._extra[0], doc='abbreviation of timezone name')
    tm_gmtoff = property(lambda self: self._extra[1], doc='offset from UTC in seconds')

    def __repr__(self):
        parts = ', '.join(f'{name}={value!r}' for name, value in zip(_FIELDS, self))
        return f'time.struct_time({parts})'

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self._extra[0], 'tm_gmtoff': self._extra[1]}))


def _struct(year, month, day, hour, minute, second, isdst, zone, gmtoff):
    """A struct_time for a valid date (weekday and day of year computed)."""
    ordinal = _ymd2ord(year, month, day)
    yday = _days_before_month(year, month) + day
    return struct_time((year, month, day, hour, minute, second, (ordinal + 6) % 7, yday, isdst,
                        zone, gmtoff))


# --- Timestamps ---

def _timestamp_seconds(secs):
    """The whole seconds of a timestamp argument, floored, as CPython's time_t conversion."""
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        if not -9.223372036854776e18 <= secs < 9.223372036854776e18:
            raise OverflowError('timestamp out of range for platform time_t')
        whole = int(secs)
        if whole > secs:
            whole -= 1
        return whole
    whole = secs.__index__() if not isinstance(secs, int) and hasattr(type(secs), '__index__') else secs
    if not isinstance(whole, int):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    if not -(1 << 63) <= whole < (1 << 63):
        raise OverflowError('timestamp out of range for platform time_t')
    return int(whole)


def _now_seconds(what):
    return _clock_ns(what) // 1000000000


def _utc_struct(seconds, zone):
    days, rem = divmod(seconds, 86400)
    year, month, day = _ord2ymd(days + _EPOCH_ORDINAL)
    if not -2147481748 <= year <= 2147485547:
        raise OSError(75, 'Value too large for defined data type')
    hour, rem = divmod(rem, 3600)
    minute, second = divmod(rem, 60)
    return _struct(year, month, day, hour, minute, second, 0, zone, 0)


def gmtime(seconds=None):
    """gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,
                       tm_sec, tm_wday, tm_yday, tm_isdst)

Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a.
GMT).  When 'seconds' is not passed in, convert the current time instead.

If the platform supports the tm_gmtoff and tm_zone, they are available as
attributes only."""
    secs = _now_seconds('time.gmtime()') if seconds is None else _timestamp_seconds(seconds)
    return _utc_struct(secs, 'GMT')


def localtime(seconds=None):
    """localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,
                          tm_sec,tm_wday,tm_yday,tm_isdst)

Convert seconds since the Epoch to a time tuple expressing local time.
When 'seconds' is not passed in, convert the current time instead.
(pyrite: local time is UTC.)"""
    secs = _now_seconds('time.localtime()') if seconds is None else _timestamp_seconds(seconds)
    return _utc_struct(secs, 'UTC')


def _int_field(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return index(v)


def _tm_arg(t, funcname):
    """CPython's gettmarg: the nine fields of a tuple or struct_time argument, plus the zone
    and UTC offset a struct_time carries."""
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError(f'{funcname}(): illegal time tuple argument')
    fields = [_int_field(v) for v in t]
    zone, gmtoff = None, None
    if isinstance(t, struct_time):
        zone, gmtoff = t._extra
    return fields, zone, gmtoff


def _check_tm(fields):
    """CPython's checktm on 1-based fields: month 0 and day 0 stand for 1, yday 0 for 1."""
    year, mon, mday, hour, minute, sec, wday, yday, isdst = fields
    if mon == 0:
        mon = 1
    elif not 1 <= mon <= 12:
        raise ValueError('month out of range')
    if mday == 0:
        mday = 1
    elif not 0 <= mday <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= hour <= 23:
        raise ValueError('hour out of range')
    if not 0 <= minute <= 59:
        raise ValueError('minute out of range')
    if not 0 <= sec <= 61:
        raise ValueError('seconds out of range')
    # C's remainder of (wday + 1) % 7 keeps the sign of the dividend.
    cwday = (wday + 1) % 7 if wday >= -1 else -((-(wday + 1)) % 7)
    if cwday < 0:
        raise ValueError('day of week out of range')
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError('day of year out of range')
    return [year, mon, mday, hour, minute, sec, (cwday + 6) % 7, yday, isdst]


def mktime(t):
    """mktime(tuple) -> floating point number

Convert a time tuple in local time to seconds since the Epoch.
Note that mktime(gmtime(0)) will not generally return zero for most
time zones; instead the returned value will either be equal to that
of the timezone or altzone attributes on the time module.
(pyrite: local time is UTC.)"""
    fields, _, _ = _tm_arg(t, 'mktime')
    year, mon, mday, hour, minute, sec = fields[:6]
    # mktime normalizes out-of-range fields: months carry into years, the rest into seconds.
    y, m = divmod(mon - 1, 12)
    year += y
    days = _ymd2ord(year, m + 1, 1) - _EPOCH_ORDINAL + mday - 1
    # Local time is UTC, which has no DST: glibc reads a DST time as an hour ahead.
    return float(days * 86400 + hour * 3600 + minute * 60 + sec - 3600 * (fields[8] > 0))


def asctime(t=None):
    """asctime([tuple]) -> string

Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.
When the time tuple is not present, current time as returned by localtime()
is used."""
    if t is None:
        fields = list(localtime(_now_seconds('time.asctime()')))
    else:
        fields = _check_tm(_tm_arg(t, 'asctime')[0])
    return _asctime(fields)


def _asctime(f):
    return '%s %s%3d %.2d:%.2d:%.2d %d' % (_DAY_ABBRS[f[6]], _MONTH_ABBRS[f[1] - 1], f[2], f[3],
                                          f[4], f[5], f[0])


def ctime(seconds=None):
    """ctime(seconds) -> string

Convert a time in seconds since the Epoch to a string in local time.
This is equivalent to asctime(localtime(seconds)). When the time tuple is
not present, current time as returned by localtime() is used."""
    secs = _now_seconds('time.ctime()') if seconds is None else _timestamp_seconds(seconds)
    return _asctime(list(_utc_struct(secs, 'UTC')))


def sleep(secs):
    """sleep(seconds)

Delay execution for a given number of seconds.  The argument may be
a floating point number for subsecond precision.
(pyrite: needs the clock capability; ends at the engine's deadline or interrupt.)"""
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        value = secs
    else:
        value = float(_int_field(secs))
    if value < 0:
        raise ValueError('sleep length must be non-negative')
    _sleep(value)


# --- strftime ---

def _iso_calendar(year, yday, wday):
    """(ISO year, ISO week, ISO weekday 1..7) of a date given by year, day of year (1-based)
    and weekday (Monday 0)."""
    # Monday of the week holding 4 January starts ISO week 1.
    def week1_start(y):
        jan4_wday = (_ymd2ord(y, 1, 4) + 6) % 7
        return _ymd2ord(y, 1, 4) - jan4_wday
    ordinal = _days_before_year(year) + yday
    iso_year = year
    start = week1_start(year)
    if ordinal < start:
        iso_year -= 1
        start = week1_start(iso_year)
    elif ordinal >= week1_start(year + 1):
        iso_year += 1
        start = week1_start(iso_year)
    return iso_year, (ordinal - start) // 7 + 1, wday + 1


# --- For datetime: ISO calendar dates and timestamps ---

def _iso_to_ymd(year, week, day):
    """Gregorian (year, month, day) of an ISO calendar date, or an error message."""
    if not 1 <= year <= 9999:
        return f'Year is out of range: {year}'
    if not 0 < week < 53:
        first_weekday = _ymd2ord(year, 1, 1) % 7
        if not (week == 53 and (first_weekday == 4 or (first_weekday == 3 and _is_leap(year)))):
            return f'Invalid week: {week}'
    if not 0 < day < 8:
        return f'Invalid day: {day} (range is [1, 7])'
    return _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


def _split_timestamp(t):
    """(whole seconds, microseconds) of a timestamp, microseconds rounded half to even."""
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if not -9.223372036854776e18 <= t < 9.223372036854776e18:
            raise OverflowError('timestamp out of range for platform time_t')
        whole = int(t)
        frac = t - whole
        us = round(frac * 1e6)
        if us >= 1000000:
            us -= 1000000
            whole += 1
        elif us < 0:
            us += 1000000
            whole -= 1
        return whole, us
    return _timestamp_seconds(t), 0


def _utc_fields(seconds):
    """(year, month, day, hour, minute, second) of whole seconds since the epoch, with
    C's range errors."""
    days, rem = divmod(seconds, 86400)
    ordinal = days + _EPOCH_ORDINAL
    year, month, day = _ord2ymd(ordinal)
    if not -2147481748 <= year <= 2147485547:
        raise OSError(75, 'Value too large for defined data type')
    if not 1 <= year <= 9999:
        raise ValueError(f'year {year} is out of range')
    hour, rem = divmod(rem, 3600)
    minute, second = divmod(rem, 60)
    return year, month, day, hour, minute, second


def _pad(value, width, flag, fill='0'):
    if flag == '-':
        return str(value)
    if flag == '_':
        fill = ' '
    elif flag == '0':
        fill = '0'
    s = str(abs(value)) if value < 0 else str(value)
    sign = '-' if value < 0 else ''
    return sign + s.rjust(width - len(sign), fill) if len(s) + len(sign) < width else sign + s


def _format(fmt, f, zone, gmtoff):
    """C strftime of glibc in the C locale on 1-based fields [year, mon, mday, hour, min,
    sec, wday (Monday 0), yday (1-based), isdst]: the common directives, glibc's flags
    (- _ 0 ^ #), widths and E/O modifiers; unknown directives are copied as they are."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%':
            j = fmt.find('%', i)
            if j < 0:
                j = n
            out.append(fmt[i:j])
            i = j
            continue
        start = i
        i += 1
        while i < n and fmt[i] in '-_0^#':
            i += 1
        flags = fmt[start + 1:i]
        width = 0
        while i < n and '0' <= fmt[i] <= '9':
            width = width * 10 + ord(fmt[i]) - 48
            i += 1
        if i < n and fmt[i] in 'EO':
            i += 1
        if i >= n:
            out.append(fmt[start:])
            break
        d = fmt[i]
        i += 1
        pad_flag = ''
        for ch in flags:
            if ch in '-_0':
                pad_flag = ch
        text = _directive(d, f, zone, gmtoff, pad_flag, width)
        if text is None:
            out.append(fmt[start:i])
            continue
        if '^' in flags:
            text = text.upper()
        elif '#' in flags:
            # glibc's "change case": upper for names, lower for %p and %Z.
            text = text.lower() if d in 'pZ' else text.upper() if d in 'aAbBh' else text
        if width and len(text) < width:
            # Numbers were padded to the width already, unless '-' asked for no padding:
            # then, as names, they get spaces (zeros with the '0' flag).
            text = text.rjust(width, '0' if pad_flag == '0' else ' ')
        out.append(text)
    return ''.join(out)


def _directive(d, f, zone, gmtoff, flag, width):
    """The text of directive d for fields f, or None for a directive glibc does not know."""
    year, mon, mday, hour, minute, sec, wday, yday, isdst = f
    def num(v, w):
        return _pad(v, max(w, width) if width else w, flag)
    if d == 'Y':
        return num(year, 1)
    if d == 'm':
        return num(mon, 2)
    if d == 'd':
        return num(mday, 2)
    if d == 'e':
        return _pad(mday, 2, flag or '_')
    if d == 'H':
        return num(hour, 2)
    if d == 'I':
        return num((hour + 11) % 12 + 1, 2)
    if d == 'M':
        return num(minute, 2)
    if d == 'S':
        return num(sec, 2)
    if d == 'y':
        return num(year % 100, 2)
    if d == 'C':
        return num(year // 100, 1)
    if d == 'j':
        return num(yday, 3)
    if d == 'a':
        return _DAY_ABBRS[wday]
    if d == 'A':
        return _DAY_NAMES[wday]
    if d in 'bh':
        return _MONTH_ABBRS[mon - 1]
    if d == 'B':
        return _MONTH_NAMES[mon - 1]
    if d == 'p':
        return 'PM' if hour >= 12 else 'AM'
    if d == 'P':
        return 'pm' if hour >= 12 else 'am'
    if d == 'w':
        return num((wday + 1) % 7, 1)
    if d == 'u':
        return num(wday + 1, 1)
    if d == 'U':
        return num((yday - 1 + 7 - (wday + 1) % 7) // 7, 2)
    if d == 'W':
        return num((yday - 1 + 7 - wday) // 7, 2)
    if d in 'GgV':
        iso_year, iso_week, _ = _iso_calendar(year, yday, wday)
        if d == 'G':
            return num(iso_year, 1)
        if d == 'g':
            return num(iso_year % 100, 2)
        return num(iso_week, 2)
    if d == 'k':
        return _pad(hour, 2, flag or '_')
    if d == 'l':
        return _pad((hour + 11) % 12 + 1, 2, flag or '_')
    if d == 'c':
        return '%s %s %s %02d:%02d:%02d %d' % (_DAY_ABBRS[wday], _MONTH_ABBRS[mon - 1],
                                                _pad(mday, 2, '_'), hour, minute, sec, year)
    if d == 'x' or d == 'D':
        return '%02d/%02d/%02d' % (mon, mday, year % 100)
    if d == 'X' or d == 'T':
        return '%02d:%02d:%02d' % (hour, minute, sec)
    if d == 'F':
        return '%s-%02d-%02d' % (_pad(year, 1, '-'), mon, mday)
    if d == 'R':
        return '%02d:%02d' % (hour, minute)
    if d == 'r':
        return '%02d:%02d:%02d %s' % ((hour + 11) % 12 + 1, minute, sec, 'PM' if hour >= 12 else 'AM')
    if d == 'n':
        return '\n'
    if d == 't':
        return '\t'
    if d == '%':
        return '%'
    if d == 's':
        days = _ymd2ord(year, mon, mday) - _EPOCH_ORDINAL
        # mktime's reading of the fields: local time (UTC), an hour less under DST.
        return str(days * 86400 + hour * 3600 + minute * 60 + sec - 3600 * (isdst > 0))
    if d == 'z':
        # glibc writes no offset when DST is unknown.
        if isdst < 0:
            return ''
        off = gmtoff or 0
        sign = '-' if off < 0 else '+'
        off = abs(off) // 60
        return '%s%02d%02d' % (sign, off // 60, off % 60)
    if d == 'Z':
        # Without a zone name, glibc names the local zone, unless DST is unknown.
        if zone:
            return zone
        return tzname[isdst != 0] if isdst >= 0 else ''
    return None


def strftime(format, t=None):
    """strftime(format[, tuple]) -> string

Convert a time tuple to a string according to a format specification.
See the library reference manual for formatting codes. When the time tuple
is not present, current time as returned by localtime() is used.
(pyrite: C-locale glibc directives; local time is UTC.)"""
    if not isinstance(format, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(format).__name__}')
    if t is None:
        t = localtime(_now_seconds('time.strftime()'))
    fields, zone, gmtoff = _tm_arg(t, 'strftime')
    fields = _check_tm(fields)
    return _format(format, fields, zone, gmtoff)


# --- strptime ---

_NAMES = {
    'a': _DAY_ABBRS, 'A': _DAY_NAMES, 'b': _MONTH_ABBRS, 'B': _MONTH_NAMES,
}

# For each numeric directive, the alternatives of CPython's _strptime regex in their order:
# (low, high, digits) tried longest first as the regex alternation does.
_NUMERIC = {
    'd': ('d', 1, 31), 'm': ('m', 1, 12), 'H': ('H', 0, 23), 'I': ('I', 1, 12),
    'M': ('M', 0, 59), 'S': ('S', 0, 61), 'j': ('j', 1, 366), 'U': ('U', 0, 53),
    'W': ('W', 0, 53), 'V': ('V', 1, 53), 'w': ('w', 0, 6), 'u': ('u', 1, 7),
}
_WIDTH = {'d': 2, 'm': 2, 'H': 2, 'I': 2, 'M': 2, 'S': 2, 'j': 3, 'U': 2, 'W': 2, 'V': 2,
          'w': 1, 'u': 1}


def _compile_format(format):
    """The tokens of a strptime format: ('lit', text), ('ws',) or ('dir', letter)."""
    tokens = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError(f"stray % in format '{format}'")
            d = format[i + 1]
            i += 2
            if d == '%':
                tokens.append(('lit', '%'))
            elif d in 'YmdHMSfybBaApjzZIUWwuGV':  # no %h: CPython's strptime refuses it
                tokens.append(('dir', d))
            elif d in 'cxX':
                sub = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}[d]
                tokens.extend(_compile_format(sub))
            else:
                raise ValueError(f"'{d}' is a bad directive in format '{format}'")
        elif c.isspace():
            while i < n and format[i].isspace():
                i += 1
            tokens.append(('ws',))
        else:
            tokens.append(('lit', c))
            i += 1
    return tokens


def _digits_at(s, pos, most):
    end = pos
    while end < len(s) and end - pos < most and '0' <= s[end] <= '9':
        end += 1
    return end


def _candidates(d, s, pos):
    """(end, text) for each way directive d can match at s[pos:], in the order CPython's
    regex alternation tries them."""
    if d in _NUMERIC:
        _, low, high = _NUMERIC[d]
        width = _WIDTH[d]
        found = []
        end = _digits_at(s, pos, width)
        for e in range(end, pos, -1):
            v = int(s[pos:e])
            # %V's pattern ends in a bare \d, so a single 0 matches (CPython's quirk).
            if v <= high and (v >= low or (d == 'V' and e - pos == 1)):
                found.append((e, s[pos:e]))
        if d == 'd' and pos + 1 < len(s) and s[pos] == ' ' and '1' <= s[pos + 1] <= '9':
            found.append((pos + 2, s[pos:pos + 2]))
        return found
    if d in 'YG':
        end = _digits_at(s, pos, 4)
        return [(end, s[pos:end])] if end - pos == 4 else []
    if d == 'y':
        end = _digits_at(s, pos, 2)
        return [(end, s[pos:end])] if end - pos == 2 else []
    if d == 'f':
        end = _digits_at(s, pos, 6)
        return [(e, s[pos:e]) for e in range(end, pos, -1)]
    if d in _NAMES:
        # %b/%h and %a match only abbreviations, %B and %A only full names (CPython's
        # patterns), so 'March' fails '%b' with 'unconverted data remains: ch'.
        names = _NAMES[d]
        low = s[pos:].lower()
        ordered = sorted(names, key=len, reverse=True)
        return [(pos + len(nm), s[pos:pos + len(nm)]) for nm in ordered if low.startswith(nm.lower())]
    if d == 'p':
        low = s[pos:pos + 2].lower()
        return [(pos + 2, s[pos:pos + 2])] if low in ('am', 'pm') else []
    if d == 'Z':
        low = s[pos:].lower()
        return [(pos + 3, s[pos:pos + 3])] if low[:3] in ('utc', 'gmt') else []
    if d == 'z':
        if s[pos:pos + 1] == 'Z':
            return [(pos + 1, 'Z')]
        if s[pos:pos + 1] not in ('+', '-'):
            return []
        found = []
        p = pos + 1
        if _digits_at(s, p, 2) != p + 2:
            return []
        p += 2
        if s[p:p + 1] == ':':
            p += 1
        if _digits_at(s, p, 2) != p + 2 or s[p] > '5':
            return []
        p += 2
        found.append((p, s[pos:p]))
        q = p + 1 if s[p:p + 1] == ':' else p
        if _digits_at(s, q, 2) == q + 2 and s[q] <= '5':
            q += 2
            longer = [(q, s[pos:q])]
            if s[q:q + 1] == '.':
                f_end = _digits_at(s, q + 1, 6)
                if f_end > q + 1:
                    longer.insert(0, (f_end, s[pos:f_end]))
            found = longer + found
        return found
    return []


def _match(tokens, ti, s, pos, found):
    """Backtracking match of tokens[ti:] at s[pos:]: the end position, or -1."""
    while ti < len(tokens):
        tok = tokens[ti]
        kind = tok[0]
        if kind == 'lit':
            text = tok[1]
            if s[pos:pos + len(text)].lower() != text.lower():
                return -1
            pos += len(text)
        elif kind == 'ws':
            end = pos
            while end < len(s) and s[end].isspace():
                end += 1
            if end == pos:
                return -1
            pos = end
        else:
            d = tok[1]
            for end, text in _candidates(d, s, pos):
                found[d] = text
                result = _match(tokens, ti + 1, s, end, found)
                if result >= 0:
                    return result
            found.pop(d, None)
            return -1
        ti += 1
    return pos


def _parse(data_string, format):
    """CPython's _strptime: the fields of data_string read by format, as
    (year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
    fraction (microseconds), gmtoff_fraction."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError(f'strptime() argument {index} must be str, not {type(arg)}')
    tokens = _compile_format(format)
    found = {}
    end = _match(tokens, 0, data_string, 0, found)
    if end < 0:
        raise ValueError(f'time data {data_string!r} does not match format {format!r}')
    if end != len(data_string):
        raise ValueError(f'unconverted data remains: {data_string[end:]}')
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    for key, text in found.items():
        if key == 'y':
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(text)
        elif key == 'G':
            iso_year = int(text)
        elif key == 'm':
            month = int(text)
        elif key in 'bB':
            month = [m.lower() for m in _NAMES[key]].index(text.lower()) + 1
        elif key == 'd':
            day = int(text)
        elif key == 'H':
            hour = int(text)
        elif key == 'I':
            hour = int(text)
            ampm = found.get('p', '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm':
                if hour != 12:
                    hour += 12
        elif key == 'M':
            minute = int(text)
        elif key == 'S':
            second = int(text)
        elif key == 'f':
            fraction = int(text + '0' * (6 - len(text)))
        elif key in 'aA':
            weekday = [w.lower() for w in _NAMES[key]].index(text.lower())
        elif key == 'w':
            weekday = int(text)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == 'u':
            weekday = int(text) - 1
        elif key == 'j':
            julian = int(text)
        elif key in 'UW':
            week_of_year = int(text)
            week_of_year_start = 6 if key == 'U' else 0
        elif key == 'V':
            iso_week = int(text)
        elif key == 'z':
            z = text
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3:4] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError(f'Inconsistent use of : in {text}')
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                gmtoff_remainder = z[8:]
                gmtoff_fraction = int(gmtoff_remainder + '0' * (6 - len(gmtoff_remainder))) if gmtoff_remainder else 0
                if z.startswith('-'):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == 'Z':
            if text.lower() in ('utc', 'gmt'):
                tz = 0
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            week_starts_mon = week_of_year_start == 0
            first_wday = (_ymd2ord(year, 1, 1) + 6) % 7
            if not week_starts_mon:
                first_wday = (first_wday + 1) % 7
                day_of_week = (weekday + 1) % 7
            else:
                day_of_week = weekday
            week_0_length = (7 - first_wday) % 7
            if week_of_year == 0:
                julian = 1 + day_of_week - first_wday
            else:
                days_to_week = week_0_length + (7 * (week_of_year - 1))
                julian = 1 + days_to_week + day_of_week
        elif iso_year is not None and iso_week is not None:
            jan4 = _ymd2ord(iso_year, 1, 4)
            monday1 = jan4 - (jan4 + 6) % 7
            ordinal = monday1 + (iso_week - 1) * 7 + weekday
            year, month, day = _ord2ymd(ordinal)
            julian = ordinal - _ymd2ord(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            yday = 366 if _is_leap(year) else 365
            julian += yday
    if julian is None:
        if not 1 <= year <= 9999:
            raise ValueError(f'year {year} is out of range')
        if not 1 <= month <= 12:
            raise ValueError('month must be in 1..12')
        if not 1 <= day <= _days_in_month(year, month):
            raise ValueError('day is out of range for month')
        julian = _ymd2ord(year, month, day) - _ymd2ord(year, 1, 1) + 1
    else:
        ordinal = julian - 1 + _ymd2ord(year, 1, 1)
        year, month, day = _ord2ymd(ordinal)
    if weekday is None:
        weekday = (_ymd2ord(year, month, day) + 6) % 7
    tzname = found.get('Z')
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
            fraction, gmtoff_fraction)


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """strptime(string, format) -> struct_time

Parse a string to a time tuple according to a format specification.
See the library reference manual for formatting codes (same as
strftime())."""
    fields = _parse(string, format)[0]
    return struct_time(fields)
