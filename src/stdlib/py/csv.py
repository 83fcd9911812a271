"""CSV parsing and writing (CPython 3.11's `csv` and its C part `_csv`, same results).

The reader is `_csv.c`'s state machine, one character at a time; a line with no quote
character, no escape character and no line break inside it takes a fast path through
`str.split`, which gives the same fields. The writer quotes and escapes as `_csv.c`'s
`join_append_data`. `Sniffer` follows csv.py's heuristics; pyrite has no `complex`, so
its `has_header` tests a cell with a parser of `complex()`'s string syntax.
"""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE',
           'Error', 'Dialect', '__doc__', 'excel', 'excel_tab',
           'field_size_limit', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'Sniffer',
           'unregister_dialect', '__version__', 'DictReader', 'DictWriter',
           'unix_dialect']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024
# The limit as the natives take it (an int that fits a machine word; a larger one limits
# nothing), in a list each reader holds.
_fast_limit = [_field_limit]
_dialects = {}


class Error(Exception):
    pass


Error.__module__ = '_csv'

_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
          'quoting', 'skipinitialspace', 'strict')
_UNSET = object()


def _char(name, value, default, allow_none):
    if value is _UNSET:
        return default
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""

    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator',
                 '_quotechar', '_quoting', '_skipinitialspace', '_strict')

    def __new__(cls, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _ATTRS:
                raise TypeError('%r is an invalid keyword argument for this function' % key)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        if type(dialect) is _Dialect and not kwargs:
            return dialect
        values = {}
        for name in _ATTRS:
            if name in kwargs:
                values[name] = kwargs[name]
            elif dialect is not None and hasattr(dialect, name):
                values[name] = getattr(dialect, name)
            else:
                values[name] = _UNSET
        self = object.__new__(cls)
        set_ = object.__setattr__
        set_(self, '_delimiter', _char('delimiter', values['delimiter'], ',', False))
        v = values['doublequote']
        set_(self, '_doublequote', True if v is _UNSET else bool(v))
        set_(self, '_escapechar', _char('escapechar', values['escapechar'], None, True))
        v = values['lineterminator']
        if v is _UNSET:
            v = '\r\n'
        elif v is not None and not isinstance(v, str):
            raise TypeError('"lineterminator" must be a string')
        set_(self, '_lineterminator', v)
        quotechar = values['quotechar']
        set_(self, '_quotechar', _char('quotechar', quotechar, '"', True))
        v = values['quoting']
        if v is _UNSET:
            v = QUOTE_NONE if quotechar is None else QUOTE_MINIMAL
        elif type(v) is not int:
            raise TypeError('"quoting" must be an integer')
        elif not -2**31 <= v < 2**31:
            raise OverflowError('Python int too large to convert to C int')
        elif v not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        set_(self, '_quoting', int(v))
        v = values['skipinitialspace']
        set_(self, '_skipinitialspace', False if v is _UNSET else bool(v))
        v = values['strict']
        set_(self, '_strict', False if v is _UNSET else bool(v))
        if self._quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')
        if self._lineterminator is None:
            raise TypeError('lineterminator must be set')
        return self

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        self.__setattr__(name, None)

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


_Dialect.__name__ = _Dialect.__qualname__ = 'Dialect'
_Dialect.__module__ = '_csv'


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    """Return a list of all know dialect names."""
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """Sets an upper limit on parsed fields.

    Returns old limit. If limit is not given, no new limit is set and
    the old limit is returned"""
    global _field_limit
    if kwargs:
        for key in kwargs:
            if key != 'new_limit' or args:
                raise TypeError("field_size_limit() got an unexpected keyword argument '%s'" % key)
        args = (kwargs['new_limit'],)
    if len(args) > 1:
        raise TypeError('field_size_limit() takes at most 1 argument (%d given)' % len(args))
    old = _field_limit
    if args:
        new = args[0]
        # An int exactly (not a subclass, not a bool), that fits a C long.
        if type(new) is not int:
            raise TypeError('limit must be an integer')
        if not -2**63 <= new < 2**63:
            raise OverflowError('Python int too large to convert to C long')
        _field_limit = new
        _fast_limit[0] = max(min(int(new), 1 << 47), -1)
    return old


# The reader's states (`_csv.c`'s ParserState).
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)


class _Reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, iterator, dialect):
        self._iter = iterator
        self.dialect = dialect
        self.line_num = 0
        self._fields = None
        self._field = []
        self._field_len = 0
        self._numeric = False
        self._state = _START_RECORD
        d = dialect
        # `_fast_fields`' dialect arguments (stdlib/csvfast.rs).
        self._fast = (d._delimiter, d._quotechar if d._quoting != QUOTE_NONE else None, d._doublequote,
                      d._escapechar, d._skipinitialspace, d._quoting == QUOTE_NONNUMERIC)
        self._limit = _fast_limit

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        self._field_len = 0
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add(self, text):
        """Appends characters to the field; `_csv.c` refuses the character past the limit."""
        n = self._field_len + len(text)
        if n > _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(text)
        self._field_len = n

    def _process_line(self, line, eol):
        """Runs the state machine over `line`, then over the end of the line when `eol`.

        Runs of ordinary characters inside a field are taken in one slice (found with
        `str.find`); every other character goes through `_csv.c`'s transitions.
        """
        d = self.dialect
        delimiter = d._delimiter
        escapechar = d._escapechar
        quoting = d._quoting
        quotechar = d._quotechar if quoting != QUOTE_NONE else None
        doublequote = d._doublequote
        skipspace = d._skipinitialspace
        add = self._add
        quoted_stops = [ch for ch in (quotechar, escapechar) if ch is not None]
        field_stops = ['\n', '\r', delimiter] + ([escapechar] if escapechar is not None else [])
        state = self._state
        n = len(line)
        end = n + 1 if eol else n
        i = 0
        while i < end:
            if i < n and (state == _IN_QUOTED_FIELD or state == _IN_FIELD or
                          state == _AFTER_ESCAPED_CRNL):
                j = n
                for stop in (quoted_stops if state == _IN_QUOTED_FIELD else field_stops):
                    k = line.find(stop, i, j)
                    if k >= 0:
                        j = k
                if j > i:
                    add(line[i:j])
                    i = j
                    continue
            # None stands for the end of the line (`_csv.c`'s EOL).
            c = line[i] if i < n else None
            i += 1
            if state == _START_RECORD:
                if c is None:
                    continue
                if c == '\n' or c == '\r':
                    state = _EAT_CRNL
                    continue
                state = _START_FIELD
            if state == _START_FIELD:
                if c is None or c == '\n' or c == '\r':
                    self._save_field()
                    state = _START_RECORD if c is None else _EAT_CRNL
                elif c == quotechar:
                    state = _IN_QUOTED_FIELD
                elif c == escapechar:
                    state = _ESCAPED_CHAR
                elif c == ' ' and skipspace:
                    pass
                elif c == delimiter:
                    self._save_field()
                else:
                    if quoting == QUOTE_NONNUMERIC:
                        self._numeric = True
                    add(c)
                    state = _IN_FIELD
            elif state == _ESCAPED_CHAR:
                if c == '\n' or c == '\r':
                    add(c)
                    state = _AFTER_ESCAPED_CRNL
                else:
                    add('\n' if c is None else c)
                    state = _IN_FIELD
            elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
                if state == _AFTER_ESCAPED_CRNL and c is None:
                    continue
                if c is None or c == '\n' or c == '\r':
                    self._save_field()
                    state = _START_RECORD if c is None else _EAT_CRNL
                elif c == escapechar:
                    state = _ESCAPED_CHAR
                elif c == delimiter:
                    self._save_field()
                    state = _START_FIELD
                else:
                    # The state stays as it is: after an escaped line break the record goes
                    # on past the end of the line, as in `_csv.c`.
                    add(c)
            elif state == _IN_QUOTED_FIELD:
                if c is None:
                    pass
                elif c == escapechar:
                    state = _ESCAPE_IN_QUOTED_FIELD
                elif c == quotechar:
                    state = _QUOTE_IN_QUOTED_FIELD if doublequote else _IN_FIELD
                else:
                    add(c)
            elif state == _ESCAPE_IN_QUOTED_FIELD:
                add('\n' if c is None else c)
                state = _IN_QUOTED_FIELD
            elif state == _QUOTE_IN_QUOTED_FIELD:
                if c is not None and c == quotechar:
                    add(c)
                    state = _IN_QUOTED_FIELD
                elif c == delimiter:
                    self._save_field()
                    state = _START_FIELD
                elif c is None or c == '\n' or c == '\r':
                    self._save_field()
                    state = _START_RECORD if c is None else _EAT_CRNL
                elif not d._strict:
                    add(c)
                    state = _IN_FIELD
                else:
                    self._state = state
                    raise Error("'%s' expected after '%s'" % (delimiter, quotechar))
            elif state == _EAT_CRNL:
                if c == '\n' or c == '\r':
                    pass
                elif c is None:
                    state = _START_RECORD
                else:
                    self._state = state
                    raise Error("new-line character seen in unquoted field - "
                                "do you need to open the file in universal-newline mode?")
        self._state = state

    def _fast_fields(self, line):
        """The fields of a whole record on `line` when no character of it needs the state
        machine, else None."""
        d = self.dialect
        body = line
        if body.endswith('\n'):
            body = body[:-1]
        if body.endswith('\r'):
            body = body[:-1]
        if '\r' in body or '\n' in body:
            return None
        if d._escapechar is not None and d._escapechar in body:
            return None
        if d._quoting != QUOTE_NONE and d._quotechar in body:
            return self._fast_quoted_fields(body)
        if d._skipinitialspace and ' ' in body:
            return None
        if not body:
            return []
        fields = body.split(d._delimiter)
        for f in fields:
            if len(f) > _field_limit:
                return None
        if d._quoting == QUOTE_NONNUMERIC:
            fields = [float(f) if f else f for f in fields]
        return fields

    def _fast_quoted_fields(self, body):
        """The fields of `body` (a whole record on one line, with quote characters but no
        escape character) when every quoted field is closed on the line and followed by a
        delimiter or the end, else None (the state machine then reads the line)."""
        d = self.dialect
        q = d._quotechar
        delim = d._delimiter
        if not d._doublequote or d._skipinitialspace or delim == q:
            return None
        numeric = d._quoting == QUOTE_NONNUMERIC
        fields = []
        n = len(body)
        i = 0
        while True:
            if i < n and body[i] == q:
                pieces = []
                start = i + 1
                while True:
                    k = body.find(q, start)
                    if k < 0:
                        return None
                    pieces.append(body[start:k])
                    if k + 1 < n and body[k + 1] == q:
                        pieces.append(q)
                        start = k + 2
                        continue
                    break
                field = ''.join(pieces)
                i = k + 1
                if i < n and body[i] != delim:
                    return None
            else:
                j = body.find(delim, i)
                if j < 0:
                    j = n
                field = body[i:j]
                i = j
                if len(field) > _field_limit:
                    return None
                if numeric and field:
                    field = float(field)
            if type(field) is str and len(field) > _field_limit:
                return None
            fields.append(field)
            if i >= n:
                return fields
            # body[i] is a delimiter; a delimiter at the end leaves one empty field.
            i += 1
            if i == n:
                fields.append('')
                return fields

    # A record on one line that needs no state machine is split natively (`_reader_next`,
    # stdlib/csvfast.rs); any other goes to `_next_record` with its first line.
    __next__ = _reader_next

    def _next_record(self, line, counted=True):
        """The record starting on `line` (already read, and counted in `line_num` when
        `counted`), through the state machine."""
        self._fields = []
        self._field = []
        self._field_len = 0
        self._numeric = False
        self._state = _START_RECORD
        first = True
        while True:
            if first:
                first = False
            else:
                try:
                    line = next(self._iter)
                except StopIteration:
                    if self._field_len or self._state == _IN_QUOTED_FIELD:
                        if self.dialect._strict:
                            raise Error('unexpected end of data') from None
                        self._save_field()
                        break
                    raise
                counted = False
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s '
                            '(the file should be opened in text mode)' % type(line).__name__)
            if not counted:
                self.line_num += 1
            if self._state == _START_RECORD:
                fields = self._fast_fields(line)
                if fields is not None:
                    return fields
            self._process_line(line, True)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields


_Reader.__name__ = _Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'


def _dialect_args(args, kwargs):
    """The dialect given after the file, by position or by `dialect=` (taken out of kwargs)."""
    if 'dialect' in kwargs:
        if len(args) > 1:
            raise TypeError("argument for function given by name ('dialect') and position (1)")
        return (kwargs.pop('dialect'),)
    return (args[1] if len(args) > 1 else None,)


def reader(*args, **kwargs):
    """    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)
"""
    if not args:
        raise TypeError(' expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError(' expected at most 2 arguments, got %d' % len(args))
    iterator = iter(args[0])
    dialect = _Dialect(*_dialect_args(args, kwargs), **kwargs)
    return _Reader(iterator, dialect)


def _is_number(value):
    # PyNumber_Check: the type converts to int or float.
    t = type(value)
    return hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')


class _Writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect
        d = dialect
        specials = [d._delimiter]
        if d._escapechar is not None:
            specials.append(d._escapechar)
        if d._quotechar is not None:
            specials.append(d._quotechar)
        specials.extend(d._lineterminator)
        self._specials = specials
        # `_fast_row`'s dialect arguments (stdlib/csvfast.rs).
        self._fast = (d._delimiter, d._quotechar, d._escapechar, d._doublequote, d._quoting,
                      d._lineterminator)

    def _field_text(self, field, quoted):
        d = self.dialect
        for s in self._specials:
            if s in field:
                break
        else:
            if quoted:
                return d._quotechar + field + d._quotechar
            return field
        out = []
        quoting = d._quoting
        quotechar = d._quotechar
        escapechar = d._escapechar
        specials = self._specials
        for c in field:
            if c in specials:
                want_escape = False
                if quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == quotechar:
                        if d._doublequote:
                            out.append(quotechar)
                        else:
                            want_escape = True
                    elif c == escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(escapechar)
            out.append(c)
        text = ''.join(out)
        if quoted:
            return quotechar + text + quotechar
        return text

    def _py_writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        try:
            fields = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        d = self.dialect
        quoting = d._quoting
        parts = []
        for field in fields:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            parts.append(self._field_text(text, quoted))
        if len(parts) == 1 and parts[0] == '':
            # A record of one empty field must be quoted, or it reads back as no field.
            if quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            parts[0] = d._quotechar * 2
        line = d._delimiter.join(parts) + d._lineterminator
        return self._write(line)

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


# A list or tuple of str, numbers and None is joined natively (stdlib/csvfast.rs); any other
# row goes to `_py_writerow`.
_Writer.writerow = _writer_writerow
_Writer.__name__ = _Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'


def writer(*args, **kwargs):
    """    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)
"""
    if not args:
        raise TypeError(' expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError(' expected at most 2 arguments, got %d' % len(args))
    try:
        write = args[0].write
    except AttributeError:
        write = None
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    dialect = _Dialect(*_dialect_args(args, kwargs), **kwargs)
    return _Writer(write, dialect)


class Dialect:
    """Describe a CSV dialect.

    This must be subclassed (see csv.excel).  Valid attributes are:
    delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator, quoting.

    """
    _name = ""
    _valid = False
    # placeholders
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            # We do this for compatibility with py2.3
            raise Error(str(e))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # Reads the header row, for its side effect.
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        # Blank rows would make dicts full of restval: they are skipped.
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    '''
    "Sniffs" the format of a CSV file (i.e. delimiter, quotechar)
    Returns a Dialect object.
    '''
    def __init__(self):
        # in case there is more than one possible delimiter
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """
        Returns a dialect (or None) corresponding to the sample
        """
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)

        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        # A quotechar of '' is refused by the reader.
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """
        Looks for text enclosed between two identical quotes
        (the probable quotechar) which are preceded and followed
        by the same character (the probable delimiter).
        For example:
                         ,'some text',
        The quote with the most wins, same with the delimiter.
        If there is no quotechar the delimiter can't be determined
        this way.
        """
        import re
        matches = []
        # Tried in order: ,"...",   then "...", at a line start, then ,"..." at a line end,
        # then "..." alone on a line.
        for restr in (r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
                      r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
                      r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
                      r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)'):
            regexp = re.compile(restr, re.DOTALL | re.MULTILINE)
            matches = regexp.findall(data)
            if matches:
                break

        if not matches:
            # (quotechar, doublequote, delimiter, skipinitialspace)
            return ('', False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        groupindex = regexp.groupindex
        for m in matches:
            # findall gives a string, not a tuple, for a pattern of one group.
            if type(m) is str:
                m = (m,)
            key = m[groupindex['quote'] - 1]
            if key:
                quotes[key] = quotes.get(key, 0) + 1
            if 'delim' not in groupindex:
                continue
            key = m[groupindex['delim'] - 1]
            if key and (delimiters is None or key in delimiters):
                delims[key] = delims.get(key, 0) + 1
            if 'space' not in groupindex:
                continue
            if m[groupindex['space'] - 1]:
                spaces += 1

        quotechar = max(quotes, key=quotes.get)

        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':  # most likely a file with a single column
                delim = ''
        else:
            # there is *no* delimiter, it's a single column of quoted data
            delim = ''
            skipinitialspace = 0

        # A quote between two others inside one field means doubled quotes.
        dq_regexp = re.compile(
            r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)" %
            {'delim': re.escape(delim), 'quote': quotechar}, re.MULTILINE)

        doublequote = bool(dq_regexp.search(data))
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """
        The delimiter /should/ occur the same number of times on
        each row. However, due to malformed data, it may not. We don't want
        an all or nothing approach, so we allow for small variations in this
        number.
          1) build a table of the frequency of each character on every line.
          2) build a table of frequencies of this frequency (meta-frequency?),
             e.g.  'x occurred 5 times in 10 rows, 6 times in 1000 rows,
             7 times in 2 rows'
          3) use the mode of the meta-frequency to determine the /expected/
             frequency for that character
          4) find out how often the character actually meets that goal
          5) the character that best meets its goal is the delimiter
        For performance reasons, the data is evaluated in chunks, so it can
        try and evaluate the smallest portion of the data possible, evaluating
        additional chunks as necessary.
        """
        data = list(filter(None, data.split('\n')))

        ascii = [chr(c) for c in range(127)]  # 7-bit ASCII

        # Frequency tables, built a chunk of lines at a time.
        chunkLength = min(10, len(data))
        iteration = 0
        charFrequency = {}
        modes = {}
        delims = {}
        start, end = 0, chunkLength
        while start < len(data):
            iteration += 1
            for line in data[start:end]:
                for char in ascii:
                    metaFrequency = charFrequency.get(char, {})
                    # A frequency of 0 counts too.
                    freq = line.count(char)
                    metaFrequency[freq] = metaFrequency.get(freq, 0) + 1
                    charFrequency[char] = metaFrequency

            for char in charFrequency.keys():
                items = list(charFrequency[char].items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                # The mode of the frequencies, less the count of every other frequency.
                if len(items) > 1:
                    modes[char] = max(items, key=lambda x: x[1])
                    items.remove(modes[char])
                    modes[char] = (modes[char][0], modes[char][1]
                                   - sum(item[1] for item in items))
                else:
                    modes[char] = items[0]

            # Candidates: characters whose mode holds on enough of the rows seen so far.
            modeList = modes.items()
            total = float(min(chunkLength * iteration, len(data)))
            consistency = 1.0
            threshold = 0.9
            while len(delims) == 0 and consistency >= threshold:
                for k, v in modeList:
                    if v[0] > 0 and v[1] > 0:
                        if ((v[1] / total) >= consistency and
                                (delimiters is None or k in delimiters)):
                            delims[k] = v
                consistency -= 0.01

            if len(delims) == 1:
                delim = list(delims.keys())[0]
                skipinitialspace = (data[0].count(delim) ==
                                    data[0].count("%c " % delim))
                return (delim, skipinitialspace)

            start = end
            end += chunkLength

        if not delims:
            return ('', 0)

        # More than one candidate: the first of the preferred ones.
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims.keys():
                    skipinitialspace = (data[0].count(d) ==
                                        data[0].count("%c " % d))
                    return (d, skipinitialspace)

        # Otherwise the one with the highest (frequency, count).
        items = [(v, k) for (k, v) in delims.items()]
        items.sort()
        delim = items[-1][1]

        skipinitialspace = (data[0].count(delim) ==
                            data[0].count("%c " % delim))
        return (delim, skipinitialspace)

    def has_header(self, sample):
        # Each column's type over the rows after the first (a number, or else the length of
        # its text); columns whose type varies are dropped. Then each remaining column
        # votes: a first-row cell that does not fit the column's type is a header.
        from io import StringIO
        rdr = reader(StringIO(sample), self.sniff(sample))

        header = next(rdr)  # assume first row is header

        columns = len(header)
        columnTypes = {}
        for i in range(columns):
            columnTypes[i] = None

        checked = 0
        for row in rdr:
            # arbitrary number of rows to check, to keep it sane
            if checked > 20:
                break
            checked += 1

            if len(row) != columns:
                continue  # skip rows that have irregular number of columns

            for col in list(columnTypes.keys()):
                thisType = _complex_syntax
                try:
                    thisType(row[col])
                except (ValueError, OverflowError):
                    # fallback to length of string
                    thisType = len(row[col])

                if thisType != columnTypes[col]:
                    if columnTypes[col] is None:  # add new column type
                        columnTypes[col] = thisType
                    else:
                        # type is inconsistent, remove column from consideration
                        del columnTypes[col]

        hasHeader = 0
        for col, colType in columnTypes.items():
            if type(colType) == type(0):  # it's a length
                if len(header[col]) != colType:
                    hasHeader += 1
                else:
                    hasHeader -= 1
            else:  # attempt typecast
                try:
                    colType(header[col])
                except (ValueError, TypeError):
                    hasHeader += 1
                else:
                    hasHeader -= 1

        return hasHeader > 0


def _float_prefix(s, i):
    """End of the longest float literal at s[i:] (`PyOS_string_to_double`'s prefix), or i."""
    n = len(s)
    j = i
    if j < n and s[j] in '+-':
        j += 1
    lower = s[j:j + 8].lower()
    if lower.startswith('infinity'):
        return j + 8
    if lower.startswith('inf') or lower.startswith('nan'):
        return j + 3
    k = j
    while k < n and '0' <= s[k] <= '9':
        k += 1
    digits = k - j
    if k < n and s[k] == '.':
        k += 1
        m = k
        while k < n and '0' <= s[k] <= '9':
            k += 1
        digits += k - m
    if not digits:
        return i
    if k < n and s[k] in 'eE':
        e = k + 1
        if e < n and s[e] in '+-':
            e += 1
        m = e
        while e < n and '0' <= s[e] <= '9':
            e += 1
        if e > m:
            k = e
    return k


def _complex_syntax(text):
    """Raises ValueError unless `complex(text)` would accept the string (the test
    `Sniffer.has_header` makes of a cell)."""
    if not isinstance(text, str):
        raise TypeError('complex() argument must be a string or a number')
    chars = []
    for ch in text:
        if ch.isspace():
            chars.append(' ')
        elif ch.isdecimal():
            chars.append(str(int(ch)))
        elif ch.isascii():
            chars.append(ch)
        else:
            raise ValueError('complex() arg is a malformed string')
    s = ''.join(chars)
    # Underscores are allowed only between digits, and then removed.
    if '_' in s:
        for k, ch in enumerate(s):
            if ch == '_' and not (0 < k < len(s) - 1 and s[k - 1].isdigit() and s[k + 1].isdigit()):
                raise ValueError('complex() arg is a malformed string')
        s = s.replace('_', '')
    s = s.strip(' ')
    if s.startswith('('):
        if not s.endswith(')'):
            raise ValueError('complex() arg is a malformed string')
        s = s[1:-1].strip(' ')
    n = len(s)
    i = _float_prefix(s, 0)
    if i > 0:
        if i < n and s[i] in '+-':
            k = _float_prefix(s, i)
            i = k if k > i else i + 1
            if not (i < n and s[i] in 'jJ'):
                raise ValueError('complex() arg is a malformed string')
            i += 1
        elif i < n and s[i] in 'jJ':
            i += 1
    else:
        if i < n and s[i] in '+-':
            i += 1
        if not (i < n and s[i] in 'jJ'):
            raise ValueError('complex() arg is a malformed string')
        i += 1
    if i != n:
        raise ValueError('complex() arg is a malformed string')
