"""Implementation of JSONEncoder (the encoder is Rust: `_encode`)."""

__all__ = ['JSONEncoder']

INFINITY = float('inf')


def encode_basestring(s):
    """Return a JSON representation of a Python string"""
    return _encode_basestring(s)


def encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    return _encode_basestring_ascii(s)


py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
c_encode_basestring = encode_basestring
c_encode_basestring_ascii = encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``).

        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return _encode_basestring_ascii(o)
            else:
                return _encode_basestring(o)
        if type(self).iterencode is JSONEncoder.iterencode:
            # CPython's C encoder is called from iterencode here: one more level (its Python
            # encoder's generators are driven from this frame instead).
            return self._encode(o, None, 1 if self.indent is None else 0)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def _encode(self, o, chunks, levels=0):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _encode(o, self.check_circular, self.default, self.ensure_ascii, indent,
                       self.key_separator, self.item_separator, self.sort_keys,
                       self.skipkeys, self.allow_nan,
                       chunks is not None or self.indent is not None, chunks, levels)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available.

        """
        if _one_shot and self.indent is None:
            return [self._encode(o, None)]
        chunks = []
        self._encode(o, chunks)
        return iter(chunks)
