"""In-memory text and binary streams: StringIO and BytesIO (CPython's _io, re-expressed).

No files: `open` is the builtin, which refuses; the file and buffered classes refuse by name.
"""

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

BlockingIOError = BlockingIOError
open = open


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


def _size_arg(size):
    """`read(size)`'s argument as CPython's `_Py_convert_optional_to_ssize_t` reads it."""
    if size is None:
        return -1
    try:
        index = size.__index__
    except AttributeError:
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'") from None
    return index()


def _int_arg(x):
    try:
        index = x.__index__
    except AttributeError:
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer") from None
    return index()


_SSIZE_MAX = (1 << 63) - 1


def _ssize(x):
    if x > _SSIZE_MAX or x < -_SSIZE_MAX - 1:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return x


class _Stream:
    """What StringIO and BytesIO share: the closed state, the context manager, iteration."""

    def _check_iobase(self):
        # IOBase's own check (iteration, `with`, readlines, writelines) ends with a period.
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    _check_closed = _check_iobase

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        self._check_iobase()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_iobase()
        return self

    def __next__(self):
        self._check_closed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        hint = _size_arg(hint)
        self._check_iobase()
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def writelines(self, lines):
        self._check_iobase()
        for line in lines:
            self.write(line)


# The newline kinds a universal-newline StringIO has seen (`newlines`).
_SEEN_CR = 1
_SEEN_LF = 2
_SEEN_CRLF = 4
_NEWLINES = (None, '\r', '\n', ('\r', '\n'), '\r\n', ('\r', '\r\n'), ('\n', '\r\n'), ('\r', '\n', '\r\n'))


class StringIO(_Stream):
    """Text I/O implementation using an in-memory buffer."""

    # The text is `_head` followed by the chunks of `_tail` (writes at the end only append
    # a chunk, so building a document is linear); `_size` is its length in code points.

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._closed = False
        self._newline = newline
        # Universal newlines on read (None, ''), translated to '\n' on write (None only).
        self._universal = newline is None or newline == ''
        self._translate = newline is None
        self._writenl = newline if newline in ('\r', '\r\n') else None
        self._seen = 0
        self._head = ''
        self._tail = []
        self._size = 0
        self._pos = 0
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    def __repr__(self):
        return object.__repr__(self)

    def _text(self):
        if self._tail:
            self._head = self._head + ''.join(self._tail)
            self._tail = []
        return self._head

    def _check_closed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def getvalue(self):
        self._check_closed()
        return self._text()

    def tell(self):
        self._check_closed()
        return self._pos

    def read(self, size=-1):
        size = _size_arg(size)
        self._check_closed()
        text = self._text()
        pos = self._pos
        if pos >= self._size:
            return ''
        end = self._size if size < 0 else min(pos + size, self._size)
        self._pos = end
        return text[pos:end]

    def _line_end(self, text, pos):
        """The end of the line starting at `pos` (past its terminator), or the text's end."""
        if self._universal:
            lf = text.find('\n', pos)
            cr = text.find('\r', pos, lf if lf >= 0 else self._size)
            if cr >= 0:
                return cr + 2 if text.startswith('\n', cr + 1) else cr + 1
            return lf + 1 if lf >= 0 else self._size
        nl = self._newline or '\n'
        i = text.find(nl, pos)
        return i + len(nl) if i >= 0 else self._size

    def readline(self, size=-1):
        size = _size_arg(size)
        self._check_closed()
        text = self._text()
        pos = self._pos
        if pos >= self._size:
            return ''
        end = self._line_end(text, pos)
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return text[pos:end]

    def _write(self, s):
        n = len(s)
        if self._universal and ('\r' in s or '\n' in s):
            crlf = s.count('\r\n')
            if crlf:
                self._seen |= _SEEN_CRLF
            if s.count('\r') > crlf:
                self._seen |= _SEEN_CR
            if s.count('\n') > crlf:
                self._seen |= _SEEN_LF
            if self._translate:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        if self._writenl is not None:
            s = s.replace('\n', self._writenl)
        if not s:
            return n
        pos = self._pos
        size = self._size
        if pos == size:
            self._tail.append(s)
            self._size = size = size + len(s)
        else:
            text = self._text()
            if pos > size:
                text = text + '\0' * (pos - size)
            end = pos + len(s)
            self._head = text[:pos] + s + text[end:]
            self._size = size = max(size, end)
        self._pos = pos + len(s)
        return n

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        return self._write(s)

    def seek(self, pos, whence=0):
        pos = _ssize(_int_arg(pos))
        whence = _int_arg(whence)
        self._check_closed()
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if pos < 0 and whence == 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._size
        self._pos = pos
        return pos

    def truncate(self, pos=None):
        self._check_closed()
        size = self._pos if pos is None else _ssize(_size_arg(pos))
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        if size < self._size:
            self._head = self._text()[:size]
            self._size = size
        return size

    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def line_buffering(self):
        self._check_closed()
        return False

    @property
    def newlines(self):
        self._check_closed()
        if not self._universal:
            return None
        return _NEWLINES[self._seen]

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None


StringIO.__module__ = '_io'


def _bytes_view(b):
    try:
        return memoryview(b)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'") from None


class BytesIO(_Stream):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=b''):
        self._closed = False
        self._buf = bytearray(_bytes_view(initial_bytes)) if initial_bytes is not None else bytearray()
        self._pos = 0

    def __repr__(self):
        return object.__repr__(self)

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_closed()
        return memoryview(self._buf)

    def tell(self):
        self._check_closed()
        return self._pos

    def read(self, size=-1):
        size = _size_arg(size)
        self._check_closed()
        pos = self._pos
        n = len(self._buf)
        if pos >= n:
            return b''
        end = n if size < 0 else min(pos + size, n)
        self._pos = end
        return bytes(self._buf[pos:end])

    read1 = read

    def readline(self, size=-1):
        size = _size_arg(size)
        self._check_closed()
        pos = self._pos
        n = len(self._buf)
        if pos >= n:
            return b''
        i = self._buf.find(b'\n', pos)
        end = n if i < 0 else i + 1
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return bytes(self._buf[pos:end])

    def readinto(self, b):
        self._check_closed()
        view = memoryview(b)
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check_closed()
        data = _bytes_view(b)
        n = len(data)
        if not n:
            return 0
        pos = self._pos
        buf = self._buf
        size = len(buf)
        if pos == size:
            buf += data
        else:
            if pos > size:
                buf += bytes(pos - size)
            buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def seek(self, pos, whence=0):
        pos = _ssize(_int_arg(pos))
        whence = _int_arg(whence)
        self._check_closed()
        if pos < 0 and whence == 0:
            raise ValueError(f"negative seek value {pos}")
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buf)
        elif whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if pos < 0:
            pos = 0
        self._pos = pos
        return pos

    def truncate(self, pos=None):
        self._check_closed()
        size = self._pos if pos is None else _ssize(_size_arg(pos))
        if size < 0:
            raise ValueError(f"negative size value {size}")
        if size < len(self._buf):
            del self._buf[size:]
        return size


BytesIO.__module__ = '_io'
