"""Codec registry and base classes (pyrite: the text encodings are runtime/codecs.rs, reached
through the natives of stdlib/codecs.rs; the registry, CodecInfo, the incremental and stream
classes and the error-handler registry are here).

No files: `open` refuses as the builtin `open` does.
"""

import builtins
import sys

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder that keeps what it could not encode yet."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder that keeps an incomplete input for the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamReader(Codec):

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            if size < 0:
                newdata = self.stream.read()
            else:
                newdata = self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, decodedbytes = self.decode(data[:exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                if (isinstance(data, str) and data.endswith("\r")) or \
                   (isinstance(data, bytes) and data.endswith(b"\r")):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
                    if keepends:
                        line = line0withend
                    else:
                        line = line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        data = self.read()
        return data.splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamReaderWriter:

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


# --- the codecs pyrite has ---

def _native_name(info_name):
    """The name of CPython's C function behind a codec's `encode` (in its TypeErrors)."""
    if info_name == 'utf-8-sig':
        return 'utf_8'
    if info_name == 'iso8859-1':
        return 'latin_1'
    if info_name.startswith(('cp', 'iso8859-', 'koi8-', 'mac-', 'hp-', 'kz', 'ptcp', 'palmos', 'tis-')):
        return 'charmap'
    return info_name.replace('-', '_')


def _text_codec(info_name):
    fname = _native_name(info_name) + '_encode'

    def encode(input, errors='strict'):
        return _encode(info_name, input, errors, fname), len(input)

    def decode(input, errors='strict'):
        return _decode(info_name, input, errors, True)

    # `utf-16` and `utf-32` write their mark once, then go on in the machine's order.
    marked = info_name in ('utf-16', 'utf-32', 'utf-8-sig')
    if info_name == 'utf-8-sig':
        unmarked = 'utf-8'
    else:
        unmarked = info_name + ('-le' if sys.byteorder == 'little' else '-be')

    class IncrementalEncoder_(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self._name = info_name

        def encode(self, input, final=False):
            out = _encode(self._name, input, self.errors, fname)
            if marked:
                self._name = unmarked
            return out

        def reset(self):
            self._name = info_name

        def getstate(self):
            return 2 if marked and self._name == info_name else 0

        def setstate(self, state):
            self._name = info_name if state else unmarked

    class IncrementalDecoder_(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return _decode(info_name, input, errors, final)

    class StreamWriter_(StreamWriter):
        _name = info_name

        def encode(self, input, errors='strict'):
            out = _encode(self._name, input, errors, fname)
            if marked:
                self._name = unmarked
            return out, len(input)

        def reset(self):
            self._name = info_name

    class StreamReader_(StreamReader):
        def decode(self, input, errors='strict'):
            return _decode(info_name, input, errors, False)

    for cls, name in ((IncrementalEncoder_, 'IncrementalEncoder'),
                      (IncrementalDecoder_, 'IncrementalDecoder'),
                      (StreamWriter_, 'StreamWriter'), (StreamReader_, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = name
        cls.__module__ = 'encodings.' + info_name.replace('-', '_')
    return CodecInfo(encode, decode, StreamReader_, StreamWriter_, IncrementalEncoder_,
                     IncrementalDecoder_, info_name)


def _rot13(input):
    out = []
    for c in input:
        o = ord(c)
        if 65 <= o <= 90:
            c = chr((o - 65 + 13) % 26 + 65)
        elif 97 <= o <= 122:
            c = chr((o - 97 + 13) % 26 + 97)
        out.append(c)
    return ''.join(out)


def _transform_functions(kind):
    if kind == 'rot-13':
        def enc(input):
            if not isinstance(input, str):
                raise TypeError("descriptor 'translate' for 'str' objects doesn't apply to a '%s' object"
                                % type(input).__name__)
            return _rot13(input)
        return enc, enc
    import binascii
    if kind == 'hex':
        return binascii.b2a_hex, binascii.a2b_hex
    if kind == 'base64':
        # base64.encodebytes and decodebytes: `_input_type_check` first, then binascii on
        # the argument (a strided view's chunks are refused there).
        def input_view(input):
            try:
                return memoryview(input)
            except TypeError:
                raise TypeError("expected bytes-like object, not %s" % type(input).__name__) from None

        def b64enc(input):
            view = input_view(input)
            pieces = [binascii.b2a_base64(view[i:i + 57]) for i in range(0, len(view), 57)]
            return b''.join(pieces)

        def b64dec(input):
            input_view(input)
            return binascii.a2b_base64(input)
        return b64enc, b64dec
    import zlib
    return zlib.compress, zlib.decompress


def _errors_strict(errors):
    if errors != 'strict':
        raise AssertionError


def _transform_codec(kind):
    enc, dec = _transform_functions(kind)

    def encode(input, errors='strict'):
        _errors_strict(errors)
        return enc(input), len(input)

    def decode(input, errors='strict'):
        _errors_strict(errors)
        return dec(input), len(input)

    return CodecInfo(encode, decode, name=kind, _is_text_encoding=False)


_cache = {}
_search_functions = []


def _normalize(encoding):
    return encoding.lower().replace(' ', '_')


def register(search_function, /):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function, /):
    """Unregister a codec search function and clear the registry's cache."""
    for i, f in enumerate(_search_functions):
        if f is search_function:
            del _search_functions[i]
            _cache.clear()
            return


def lookup(encoding, /):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    norm = _normalize(encoding)
    info = _cache.get(norm)
    if info is not None:
        return info
    found = _lookup(norm)
    if found is not None:
        name, kind = found
        info = _text_codec(name) if kind == 'text' else _transform_codec(kind)
    else:
        for f in _search_functions:
            info = f(norm)
            if info is None:
                continue
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            break
        else:
            raise LookupError("unknown encoding: %s" % encoding)
    _cache[norm] = info
    return info


def _wrap(e, verb, encoding):
    """CPython's wrapping of a codec's plain exception: the same type, the codec named."""
    t = type(e)
    if isinstance(e, (UnicodeError, NotImplementedError)) or len(e.args) > 1:
        return e
    try:
        w = t("%s with %r codec failed (%s: %s)" % (verb, encoding, t.__name__, e))
    except Exception:
        return e
    w.__cause__ = e
    return w


def _transcode(fname, verb, obj, encoding, errors):
    """codecs.encode/decode: checks the argument types, runs the codec, wraps a plain
    exception it raises as CPython does, and checks the (object, length) result."""
    if not isinstance(encoding, str):
        raise TypeError("%s() argument 'encoding' must be str, not %s" % (fname, type(encoding).__name__))
    if not isinstance(errors, str):
        raise TypeError("%s() argument 'errors' must be str, not %s" % (fname, type(errors).__name__))
    info = lookup(encoding)
    try:
        result = (info.encode if fname == "encode" else info.decode)(obj, errors)
    except Exception as e:
        w = _wrap(e, verb, encoding)
        if w is e:
            raise
        raise w from e
    if not isinstance(result, tuple) or len(result) != 2:
        if fname == "encode":
            raise TypeError("encoder must return a tuple (object, integer)")
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    return _transcode("encode", "encoding", obj, encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    return _transcode("decode", "decoding", obj, encoding, errors)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file (pyrite: files are not available, as for the builtin open)."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    return builtins.open(filename, mode, buffering)


# --- error handlers ---

def _check_exc(exc):
    if not isinstance(exc, BaseException):
        raise TypeError("codec must pass exception instance")


def _cannot(exc):
    return TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exception, /):
    """Implements the 'strict' error handling, which raises a UnicodeError on coding errors."""
    _check_exc(exception)
    raise exception


def ignore_errors(exception, /):
    """Implements the 'ignore' error handling, which ignores malformed data and continues."""
    if isinstance(exception, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exception.end)
    raise _cannot(exception)


def replace_errors(exception, /):
    """Implements the 'replace' error handling, which replaces malformed data with a replacement marker."""
    if isinstance(exception, UnicodeEncodeError):
        return ('?' * (exception.end - exception.start), exception.end)
    if isinstance(exception, UnicodeDecodeError):
        return ('\ufffd', exception.end)
    if isinstance(exception, UnicodeTranslateError):
        return ('\ufffd' * (exception.end - exception.start), exception.end)
    raise _cannot(exception)


def _backslash(cp):
    if cp < 0x100:
        return '\\x%02x' % cp
    if cp < 0x10000:
        return '\\u%04x' % cp
    return '\\U%08x' % cp


def backslashreplace_errors(exception, /):
    """Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence."""
    s, e = exception.start, exception.end
    if isinstance(exception, UnicodeDecodeError):
        return (''.join(_backslash(b) for b in exception.object[s:e]), e)
    if isinstance(exception, (UnicodeEncodeError, UnicodeTranslateError)):
        return (''.join(_backslash(ord(c)) for c in exception.object[s:e]), e)
    raise _cannot(exception)


def xmlcharrefreplace_errors(exception, /):
    """Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference."""
    if isinstance(exception, UnicodeEncodeError):
        s, e = exception.start, exception.end
        return (''.join('&#%d;' % ord(c) for c in exception.object[s:e]), e)
    raise _cannot(exception)


def namereplace_errors(exception, /):
    """Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence."""
    if isinstance(exception, UnicodeEncodeError):
        import unicodedata
        s, e = exception.start, exception.end
        out = []
        for c in exception.object[s:e]:
            name = unicodedata.name(c, None)
            out.append('\\N{%s}' % name if name is not None else _backslash(ord(c)))
        return (''.join(out), e)
    raise _cannot(exception)


_builtin_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'backslashreplace': backslashreplace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'namereplace': namereplace_errors,
}

# Read by runtime/codec_errors.rs: the handlers a script registered.
_error_handlers = {}


def register_error(errors, handler, /):
    """Register the specified error handler under the name errors."""
    if not isinstance(errors, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % type(errors).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    if errors in _builtin_handlers:
        _builtin_handlers[errors] = handler
    _error_handlers[errors] = handler


def lookup_error(name, /):
    """Return the error handler for the specified error handling name."""
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    h = _error_handlers.get(name)
    if h is None:
        h = _builtin_handlers.get(name)
    if h is None:
        raise LookupError("unknown error handler name '%s'" % name)
    return h


# --- CPython's module-level codec functions ---

def _stateless(info_name, fname):
    def enc(str, errors=None, /):
        return _encode(info_name, str, errors, fname), len(str)

    def dec(data, errors=None, final=False, /):
        return _decode(info_name, data, errors, final)

    return enc, dec


utf_8_encode, utf_8_decode = _stateless('utf-8', 'utf_8_encode')
ascii_encode, _ascii_dec = _stateless('ascii', 'ascii_encode')
latin_1_encode, _latin_1_dec = _stateless('iso8859-1', 'latin_1_encode')
unicode_escape_encode, unicode_escape_decode = _stateless('unicode-escape', 'unicode_escape_encode')
raw_unicode_escape_encode, raw_unicode_escape_decode = _stateless('raw-unicode-escape', 'raw_unicode_escape_encode')


def ascii_decode(data, errors=None, /):
    return _ascii_dec(data, errors, True)


def latin_1_decode(data, errors=None, /):
    return _latin_1_dec(data, errors, True)
