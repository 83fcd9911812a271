"""Implementation of JSONDecoder (the scanner is Rust: `_decode`, `_scan`)."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}


def _hook(f, default):
    # The scanner takes None for the built-in behaviour.
    return None if f is None or f is default else f


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _hooks(self):
        return (self.strict, self.object_hook, self.object_pairs_hook,
                _hook(self.parse_float, float), _hook(self.parse_int, int),
                None if self.parse_constant == _CONSTANTS.__getitem__ else self.parse_constant,
                JSONDecodeError)

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).

        """
        if type(self).raw_decode is not JSONDecoder.raw_decode:
            # A subclass's raw_decode is what decode must call.
            end = _skip_ws(s, 0)
            obj, end = self.raw_decode(s, idx=end)
            end = _skip_ws(s, end)
            if end != len(s):
                raise JSONDecodeError("Extra data", s, end)
            return obj
        # CPython's levels: the raw_decode frame and the call of the scanner object.
        return _decode(s, *self._hooks(), 2)

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.

        """
        return _scan(s, idx, *self._hooks(), 1)


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in ' \t\n\r':
        i += 1
    return i
