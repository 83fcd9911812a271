"""Compression compatible with gzip (pyrite: zlib's own deflate, through stdlib/zlib.rs)."""

DEFLATED = 8
DEF_BUF_SIZE = 16384
DEF_MEM_LEVEL = 8
MAX_WBITS = 15
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6


class error(Exception):
    pass


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Returns a bytes object containing compressed data."""
    return _compress(error, data, level, wbits)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns a bytes object containing the uncompressed data."""
    return _decompress(error, data, wbits, bufsize)


class Compress:
    """A compression stream (zlib.compressobj)."""

    __slots__ = ('_stream',)

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'zlib.Compress' instances")

    def compress(self, data, /):
        """Returns a bytes object containing compressed data."""
        return _c_compress(error, self._stream, data)

    def flush(self, mode=Z_FINISH, /):
        """Return a bytes object containing any remaining compressed data."""
        return _c_flush(error, self._stream, mode)

    def copy(self):
        raise NotImplementedError("zlib.Compress.copy is not supported")

    __copy__ = copy

    def __deepcopy__(self, memo, /):
        return self.copy()


class Decompress:
    """A decompression stream (zlib.decompressobj)."""

    __slots__ = ('_stream', '_unconsumed_tail', '_unused_data', '_eof')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'zlib.Decompress' instances")

    @property
    def unconsumed_tail(self):
        return self._unconsumed_tail

    @property
    def unused_data(self):
        return self._unused_data

    @property
    def eof(self):
        return self._eof

    def _take(self, result):
        out, self._unconsumed_tail, self._unused_data, self._eof = result
        return out

    def decompress(self, data, /, max_length=0):
        """Return a bytes object containing the decompressed version of the data."""
        return self._take(_d_decompress(error, self._stream, data, max_length))

    def flush(self, length=DEF_BUF_SIZE, /):
        """Return a bytes object containing any remaining decompressed data."""
        return self._take(_d_flush(error, self._stream, length))

    def copy(self):
        raise NotImplementedError("zlib.Decompress.copy is not supported")

    __copy__ = copy

    def __deepcopy__(self, memo, /):
        return self.copy()


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    obj = object.__new__(Compress)
    obj._stream = _compressobj(error, level, method, wbits, memLevel, strategy, zdict)
    return obj


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """Return a decompressor object."""
    obj = object.__new__(Decompress)
    obj._stream = _decompressobj(error, wbits, zdict if zdict else None)
    obj._unconsumed_tail = obj._unused_data = b''
    obj._eof = False
    return obj
