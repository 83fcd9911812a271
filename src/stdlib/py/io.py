"""In-memory text and binary streams: StringIO and BytesIO (CPython's _io, re-expressed), the
stream base classes (IOBase, RawIOBase, BufferedIOBase, TextIOBase: the `_io` bases with their
default methods, and `io`'s ABCs over them), and BufferedReader / BufferedWriter over any raw
stream a script supplies (a BytesIO, or its own RawIOBase subclass).

No files: `open` is the builtin, which refuses; FileIO, TextIOWrapper, BufferedRandom and
BufferedRWPair refuse by name.
"""

import abc

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


# --- the _io base classes ---
#
# What CPython's C bases do by default, so a script's own subclasses (a RawIOBase with just
# readinto, a BufferedIOBase with just read) get the same derived methods and the same errors.
# The closed flag of an IOBase is the instance attribute '__IOBase_closed', as CPython's.


def _tp_name(obj):
    tp = type(obj)
    return f'_io.{tp.__name__}' if tp.__module__ == '_io' else tp.__name__


class _IOBase:
    """The abstract base class for all I/O classes."""

    def seek(self, *args):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, *args):
        raise UnsupportedOperation("truncate")

    def flush(self):
        if hasattr(self, '__IOBase_closed'):
            raise ValueError("I/O operation on closed file.")

    def close(self):
        if hasattr(self, '__IOBase_closed'):
            return None
        try:
            self.flush()
        finally:
            setattr(self, '__IOBase_closed', True)

    @property
    def closed(self):
        return hasattr(self, '__IOBase_closed')

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, *args):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _checkSeekable(self, *args):
        if self.seekable() is not True:
            raise UnsupportedOperation("File or stream is not seekable.")

    def _checkReadable(self, *args):
        if self.readable() is not True:
            raise UnsupportedOperation("File or stream is not readable.")

    def _checkWritable(self, *args):
        if self.writable() is not True:
            raise UnsupportedOperation("File or stream is not writable.")

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        return self.close()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        limit = _ssize(_size_arg(size))
        peek = getattr(self, 'peek', None)
        line = bytearray()
        while limit < 0 or len(line) < limit:
            want = 1
            if peek is not None:
                ahead = peek(1)
                if not isinstance(ahead, bytes):
                    raise OSError(f"peek() should have returned a bytes object, not '{_tp_name(ahead)}'")
                if ahead:
                    # As far as the first newline in what is buffered (CPython compares the
                    # count with the whole limit, not what is left of it).
                    n = 0
                    while n < len(ahead) and (limit < 0 or n < limit):
                        n += 1
                        if ahead[n - 1] == 10:
                            break
                    want = n
            chunk = self.read(want)
            if not isinstance(chunk, bytes):
                raise OSError(f"read() should have returned a bytes object, not '{_tp_name(chunk)}'")
            if not chunk:
                break
            line += chunk
            if line[-1] == 10:
                break
        return bytes(line)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if len(line) <= 0:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        hint = _ssize(_size_arg(hint))
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            n = len(line)
            if n > hint - total:
                break
            total += n
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    """Base class for raw binary I/O."""

    def read(self, size=-1):
        size = _ssize(_int_arg(size))
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        n = _ssize(_int_arg(n))
        return bytes(b[:n])

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if data is None:
                if not chunks:
                    return None
                break
            if not isinstance(data, bytes):
                raise TypeError("read() should return bytes")
            if not data:
                break
            chunks.append(data)
        return b''.join(chunks)

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class _BufferedIOBase(_IOBase):
    """Base class for buffered IO objects."""

    def detach(self):
        raise UnsupportedOperation("detach")

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def read1(self, size=-1):
        raise UnsupportedOperation("read1")

    def _readinto_with(self, b, method):
        view = memoryview(b)
        data = method(len(view))
        if not isinstance(data, bytes):
            raise TypeError("read() should return bytes")
        n = len(data)
        if n > len(view):
            raise ValueError(f"read() returned too much data: {len(view)} bytes requested, {n} returned")
        view[:n] = data
        return n

    def readinto(self, b):
        return self._readinto_with(b, self.read)

    def readinto1(self, b):
        return self._readinto_with(b, self.read1)

    def write(self, b):
        raise UnsupportedOperation("write")


class _TextIOBase(_IOBase):
    """Base class for text I/O."""

    def detach(self):
        raise UnsupportedOperation("detach")

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def readline(self, size=-1):
        raise UnsupportedOperation("readline")

    def write(self, s):
        raise UnsupportedOperation("write")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


for _cls in (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase):
    _cls.__module__ = '_io'


class _Stream:
    """What StringIO and BytesIO share: the closed state, the context manager, iteration.

    Not a base class (their MRO is CPython's: StringIO, _TextIOBase, _IOBase): `_sharing`
    copies these methods into each."""

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


def _sharing(source):
    """A class decorator copying source's methods into the class (where it defines none of the
    name), so classes share code without a helper class in their MRO."""
    def share(cls):
        for name, value in source.__dict__.items():
            if name in ('__dict__', '__weakref__', '__module__', '__qualname__', '__doc__'):
                continue
            if name not in cls.__dict__:
                setattr(cls, name, value)
        return cls
    return share


@_sharing(_Stream)
class StringIO(_TextIOBase):
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
        # Writes store the text as given (the native write's fast path).
        self._plain = not self._universal and self._writenl is None
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

    def _py_getvalue(self):
        self._check_closed()
        return self._text()

    def tell(self):
        self._check_closed()
        return self._pos

    def _py_read(self, size=-1):
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

    def _py_readline(self, size=-1):
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

    def _py_write(self, s):
        # The argument's type is checked first (argument clinic's `unicode` converter).
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        self._check_closed()
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
# The hot methods are natives (stdlib/stringio.rs) with the Python ones above as their
# fallback for every case but the common one.
StringIO._py_next = StringIO.__next__
StringIO.write = _sio_write
StringIO.readline = _sio_readline
StringIO.__next__ = _sio_next
StringIO.read = _sio_read
StringIO.getvalue = _sio_getvalue
del _sio_write, _sio_readline, _sio_next, _sio_read, _sio_getvalue


def _bytes_view(b):
    try:
        view = memoryview(b)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'") from None
    if not view.c_contiguous:
        # CPython's simple buffer request (`y*`) refuses a strided view.
        raise BufferError("memoryview: underlying buffer is not C-contiguous")
    return view


@_sharing(_Stream)
class BytesIO(_BufferedIOBase):
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


# --- BufferedReader and BufferedWriter ---
#
# CPython's buffered objects over a raw stream, with the same buffer bookkeeping, so a raw
# stream sees the same calls (readinto with a memoryview of the same size, write with a
# memoryview of the same bytes, tell once at construction) in the same order:
#   _pos        the logical position within the buffer
#   _read_end   the end of the valid read data in the buffer, -1 if none
#   _write_pos, _write_end   the pending written bytes, _write_end -1 if none
#   _raw_pos    the raw stream's position as an offset into the buffer, -1 if unknown
#   _abs_pos    the raw stream's absolute position, -1 if unknown


class _Buffered:
    """What BufferedReader and BufferedWriter share (CPython's `buffered` C type), copied into
    each by `_sharing` so their MRO is CPython's."""

    _readable = False
    _writable = False

    def _init_buffer(self, raw, buffer_size):
        self._ok = False
        self._detached = False
        self._raw = raw
        buffer_size = _ssize(_int_arg(buffer_size))
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._size = buffer_size
        self._buf = bytearray(buffer_size)
        self._freed = False
        self._pos = 0
        self._read_end = -1
        self._write_pos = 0
        self._write_end = -1
        self._raw_pos = 0
        self._abs_pos = -1
        try:
            self._raw_tell()
        except Exception:
            pass
        self._ok = True

    def _check_init(self):
        if not getattr(self, '_ok', False):
            if getattr(self, '_detached', False):
                raise ValueError("raw stream has been detached")
            raise ValueError("I/O operation on uninitialized object")

    def _readahead(self):
        if self._readable and self._read_end != -1:
            return self._read_end - self._pos
        return 0

    def _raw_offset(self):
        valid = (self._readable and self._read_end != -1) or (self._writable and self._write_end != -1)
        return self._raw_pos - self._pos if valid and self._raw_pos >= 0 else 0

    def _is_closed(self):
        return self._freed or bool(self._raw.closed)

    def _check_closed(self, message):
        if self._is_closed() and self._readahead() == 0:
            raise ValueError(message)

    def _raw_tell(self):
        n = _ssize(_int_arg(self._raw.tell()))
        if n < 0:
            raise OSError(f"Raw stream returned invalid position {n}")
        self._abs_pos = n
        return n

    def _raw_seek(self, target, whence):
        n = _ssize(_int_arg(self._raw.seek(target, whence)))
        if n < 0:
            raise OSError(f"Raw stream returned invalid position {n}")
        self._abs_pos = n
        return n

    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        self._check_init()
        return self._raw.closed

    @property
    def name(self):
        self._check_init()
        return self._raw.name

    @property
    def mode(self):
        self._check_init()
        return self._raw.mode

    def __repr__(self):
        try:
            name = self.name
        except (AttributeError, ValueError):
            return f'<{_tp_name(self)}>'
        return f'<{_tp_name(self)} name={name!r}>'

    def fileno(self):
        self._check_init()
        return self._raw.fileno()

    def isatty(self):
        self._check_init()
        return self._raw.isatty()

    def seekable(self):
        self._check_init()
        return self._raw.seekable()

    def close(self):
        self._check_init()
        if self._raw.closed:
            return None
        try:
            self.flush()
        finally:
            try:
                self._raw.close()
            finally:
                self._freed = True
                self._read_end = -1

    def detach(self):
        self._check_init()
        self.flush()
        raw = self._raw
        self._raw = None
        self._detached = True
        self._ok = False
        return raw

    def tell(self):
        self._check_init()
        return self._raw_tell() - self._raw_offset()

    def seek(self, target, whence=0):
        self._check_init()
        whence = _int_arg(whence)
        if not 0 <= whence <= 4:
            raise ValueError(f"whence value {whence} unsupported")
        self._check_closed("seek of closed file")
        if self._raw.seekable() is not True:
            raise UnsupportedOperation("File or stream is not seekable.")
        target = _ssize(_int_arg(target))
        if whence in (0, 1) and self._readable:
            current = self._abs_pos if self._abs_pos != -1 else self._raw_tell()
            avail = self._readahead()
            if avail > 0:
                offset = target - (current - self._raw_offset()) if whence == 0 else target
                if -self._pos <= offset <= avail:
                    self._pos += offset
                    return current - avail + offset
        if self._writable:
            self._flush_writes()
        if whence == 1:
            target -= self._raw_offset()
        n = self._raw_seek(target, whence)
        self._raw_pos = -1
        if self._readable:
            self._read_end = -1
        return n

    def truncate(self, pos=None):
        self._check_init()
        self._check_closed("truncate of closed file")
        if not self._writable:
            raise UnsupportedOperation("truncate")
        self._flush_writes()
        result = self._raw.truncate(pos)
        try:
            self._raw_tell()
        except Exception:
            pass
        return result

    def _flush_writes(self):
        pass

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{_tp_name(self)}' object")


@_sharing(_Buffered)
class BufferedReader(_BufferedIOBase):
    """Create a new buffered reader using the given readable raw IO object."""

    _readable = True

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self._ok = False
        if raw.readable() is not True:
            raise UnsupportedOperation("File or stream is not readable.")
        self._init_buffer(raw, buffer_size)

    def readable(self):
        self._check_init()
        return self._raw.readable()

    def flush(self):
        self._check_init()
        return self._raw.flush()

    def _raw_read(self, n):
        """Up to n bytes from raw.readinto (b'' at the end), or None if it would block."""
        b = bytearray(n)
        result = self._raw.readinto(memoryview(b))
        if result is None:
            return None
        got = _ssize(_int_arg(result))
        if got < 0 or got > n:
            raise OSError(f"raw readinto() returned invalid length {got} (should have been between 0 and {n})")
        if got > 0 and self._abs_pos != -1:
            self._abs_pos += got
        return bytes(b[:got])

    def _fill_buffer(self):
        start = self._read_end if self._read_end != -1 else 0
        data = self._raw_read(self._size - start)
        if data is None:
            return None
        n = len(data)
        if n:
            self._buf[start:start + n] = data
            self._read_end = start + n
            self._raw_pos = start + n
        return n

    def _take(self, n):
        data = bytes(self._buf[self._pos:self._pos + n])
        self._pos += n
        return data

    def read(self, size=-1):
        self._check_init()
        n = _ssize(_size_arg(size))
        if n < -1:
            raise ValueError("read length must be non-negative or -1")
        self._check_closed("read of closed file")
        if n == -1:
            return self._read_all()
        if n <= self._readahead():
            return self._take(n)
        return self._read_generic(n)

    def _read_all(self):
        have = self._readahead()
        data = self._take(have) if have else b''
        self._read_end = -1
        readall = getattr(self._raw, 'readall', None)
        if readall is not None:
            rest = readall()
            if rest is not None and not isinstance(rest, bytes):
                raise TypeError("readall() should return bytes")
            if not have:
                return rest
            return data + rest if rest is not None else data
        chunks = [data] if have else []
        while True:
            chunk = self._raw.read()
            if chunk is not None and not isinstance(chunk, bytes):
                raise TypeError("read() should return bytes")
            if not chunk:
                return b''.join(chunks) if have else chunk
            have += len(chunk)
            if self._abs_pos != -1:
                self._abs_pos += len(chunk)
            chunks.append(chunk)

    def _read_generic(self, n):
        out = []
        have = self._readahead()
        remaining = n
        if have > 0:
            out.append(self._take(have))
            remaining -= have
        self._read_end = -1
        while remaining > 0:
            # Whole buffers go straight from the raw stream; the last part through the buffer.
            block = remaining - remaining % self._size
            if block == 0:
                break
            data = self._raw_read(block)
            if not data:
                return b''.join(out) if data is not None or out else None
            out.append(data)
            remaining -= len(data)
        self._pos = 0
        self._raw_pos = 0
        self._read_end = 0
        while remaining > 0 and self._read_end < self._size:
            got = self._fill_buffer()
            if not got:
                return b''.join(out) if got is not None or out else None
            take = min(got, remaining)
            out.append(self._take(take))
            remaining -= take
        return b''.join(out)

    def read1(self, size=-1):
        self._check_init()
        n = _ssize(_size_arg(size))
        if n < 0:
            n = self._size
        self._check_closed("read of closed file")
        if n == 0:
            return b''
        have = self._readahead()
        if have > 0:
            return self._take(min(have, n))
        self._read_end = -1
        data = self._raw_read(n)
        return b'' if data is None else data

    def peek(self, size=0):
        self._check_init()
        _ssize(_size_arg(size))
        self._check_closed("peek of closed file")
        have = self._readahead()
        if have > 0:
            return bytes(self._buf[self._pos:self._pos + have])
        self._read_end = -1
        got = self._fill_buffer() or 0
        self._pos = 0
        return bytes(self._buf[:got])

    def _readinto(self, b, one):
        self._check_init()
        view = memoryview(b)
        if view.readonly:
            what = 'readinto1' if one else 'readinto'
            raise TypeError(f"{what}() argument must be read-write bytes-like object, not {_tp_name(b)}")
        self._check_closed("readinto of closed file")
        total = len(view)
        have = self._readahead()
        written = 0
        if have > 0:
            if have >= total:
                view[:] = self._take(total)
                return total
            view[:have] = self._take(have)
            written = have
        self._read_end = -1
        self._pos = 0
        while written < total:
            remaining = total - written
            if remaining > self._size:
                data = self._raw_read(remaining)
                n = None if data is None else len(data)
                if n:
                    view[written:written + n] = data
            elif not (one and written):
                got = self._fill_buffer()
                if got:
                    n = min(got, remaining)
                    view[written:written + n] = self._take(n)
                    written += n
                    continue
                n = got
            else:
                n = 0
            if n == 0 or (n is None and written > 0):
                break
            if n is None:
                return None
            written += n
            if one:
                break
        return written

    def readinto(self, b):
        return self._readinto(b, False)

    def readinto1(self, b):
        return self._readinto(b, True)

    def readline(self, size=-1):
        self._check_init()
        limit = _ssize(_size_arg(size))
        self._check_closed("readline of closed file")
        n = self._readahead()
        if limit >= 0 and n > limit:
            n = limit
        i = self._buf.find(b'\n', self._pos, self._pos + n)
        if i >= 0:
            return self._take(i + 1 - self._pos)
        if n == limit:
            return self._take(n)
        chunks = []
        if n > 0:
            chunks.append(self._take(n))
            if limit >= 0:
                limit -= n
        while True:
            self._read_end = -1
            got = self._fill_buffer()
            if not got:
                break
            if limit >= 0 and got > limit:
                got = limit
            i = self._buf.find(b'\n', 0, got)
            self._pos = 0
            if i >= 0:
                chunks.append(self._take(i + 1))
                break
            chunks.append(self._take(got))
            if got == limit:
                break
            if limit >= 0:
                limit -= got
        return b''.join(chunks)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


@_sharing(_Buffered)
class BufferedWriter(_BufferedIOBase):
    """A buffer for a writeable sequential RawIO object."""

    _writable = True

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self._ok = False
        if raw.writable() is not True:
            raise UnsupportedOperation("File or stream is not writable.")
        self._init_buffer(raw, buffer_size)

    def writable(self):
        self._check_init()
        return self._raw.writable()

    def _raw_write(self, data):
        result = self._raw.write(memoryview(data))
        if result is None:
            return None
        n = _ssize(_int_arg(result))
        if n < 0 or n > len(data):
            raise OSError(f"raw write() returned invalid length {n} (should have been between 0 and {len(data)})")
        if n > 0 and self._abs_pos != -1:
            self._abs_pos += n
        return n

    def _flush_writes(self):
        if self._write_end != -1 and self._write_pos != self._write_end:
            rewind = self._raw_offset() + (self._pos - self._write_pos)
            if rewind != 0:
                self._raw_seek(-rewind, 1)
                self._raw_pos -= rewind
            while self._write_pos < self._write_end:
                n = self._raw_write(bytes(self._buf[self._write_pos:self._write_end]))
                if n is None:
                    raise BlockingIOError(11, "write could not complete without blocking", 0)
                self._write_pos += n
                self._raw_pos = self._write_pos
                self._pos = self._raw_pos
        self._write_pos = 0
        self._write_end = -1

    def write(self, b):
        data = bytes(_bytes_view(b))
        self._check_init()
        if self._is_closed():
            raise ValueError("write to closed file")
        if self._write_end == -1:
            self._pos = 0
            self._raw_pos = 0
        n = len(data)
        if n <= self._size - self._pos:
            self._buf[self._pos:self._pos + n] = data
            if self._write_end == -1 or self._write_pos > self._pos:
                self._write_pos = self._pos
            self._pos += n
            if self._pos > self._write_end:
                self._write_end = self._pos
            return n
        self._flush_writes()
        written = 0
        remaining = n
        while remaining > self._size:
            k = self._raw_write(data[written:])
            if k is None:
                raise BlockingIOError(11, "write could not complete without blocking", written)
            written += k
            remaining -= k
        if remaining > 0:
            self._buf[:remaining] = data[written:]
            written += remaining
        self._write_pos = 0
        self._write_end = remaining
        self._pos = remaining
        self._raw_pos = 0
        return written

    def flush(self):
        self._check_init()
        self._check_closed("flush of closed file")
        self._flush_writes()


for _cls in (BufferedReader, BufferedWriter):
    _cls.__module__ = '_io'


# --- io's ABCs over the _io bases ---

class IOBase(_IOBase, metaclass=abc.ABCMeta):
    __doc__ = _IOBase.__doc__


class RawIOBase(_RawIOBase, IOBase):
    __doc__ = _RawIOBase.__doc__


class BufferedIOBase(_BufferedIOBase, IOBase):
    __doc__ = _BufferedIOBase.__doc__


class TextIOBase(_TextIOBase, IOBase):
    __doc__ = _TextIOBase.__doc__


for _cls in (BytesIO, BufferedReader, BufferedWriter):
    BufferedIOBase.register(_cls)
TextIOBase.register(StringIO)
del _cls
