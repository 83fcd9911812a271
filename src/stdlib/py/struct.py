"""Interpret bytes as packed binary data (pyrite: the natives in stdlib/structmod.rs)."""

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


def _check_format(fmt):
    # CPython's module functions look the format up in a dict cache first.
    if type(fmt) is bytearray:
        raise TypeError("unhashable type: 'bytearray'")
    return fmt


# calcsize, pack, pack_into, unpack and unpack_from are natives (stdlib/structmod.rs); they
# raise the error class `Struct` keeps, whatever `struct.error` is rebound to.


def iter_unpack(*args):
    if len(args) != 2:
        raise TypeError(f"iter_unpack expected 2 arguments, got {len(args)}")
    return _unpack_iterator(_check_format(args[0]), args[1])


def _clearcache():
    """Clear the internal cache (pyrite's parsed formats are kept per thread, at most 100)."""


class _unpack_iterator:
    """The iterator `iter_unpack` returns: one tuple per struct-sized chunk of the buffer."""

    __slots__ = ('_format', '_buffer', '_size', '_offset', '_length')

    def __init__(self, format, buffer):
        size = _calcsize(error, format)
        if size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        try:
            view = memoryview(buffer)
        except TypeError:
            raise TypeError(f"a bytes-like object is required, not '{type(buffer).__name__}'") from None
        if not view.c_contiguous:
            # CPython's simple buffer request (`y*`) refuses a strided view.
            raise BufferError("memoryview: underlying buffer is not C-contiguous")
        length = len(view)
        if length % size:
            raise error(f"iterative unpacking requires a buffer of a multiple of {size} bytes")
        self._format = format
        self._buffer = buffer
        self._size = size
        self._offset = 0
        self._length = length

    def __iter__(self):
        return self

    def __next__(self):
        if self._buffer is None:
            raise StopIteration
        if self._offset + self._size > self._length:
            self._buffer = None
            raise StopIteration
        result = _unpack_from(error, self._format, self._buffer, self._offset, False)
        self._offset += self._size
        return result

    def __length_hint__(self):
        if self._buffer is None:
            return 0
        return (self._length - self._offset) // self._size

    def __reduce__(self):
        raise TypeError("cannot pickle 'unpack_iterator' object")


_unpack_iterator.__module__ = '_struct'
_unpack_iterator.__name__ = _unpack_iterator.__qualname__ = 'unpack_iterator'


class Struct:
    """Struct(fmt) --> compiled struct object"""

    __slots__ = ('_format', '_size')

    def __init__(self, format):
        size = _calcsize(error, format)
        if isinstance(format, bytes):
            format = format.decode('ascii')
        object.__setattr__(self, '_format', format)
        object.__setattr__(self, '_size', size)

    @property
    def format(self):
        """struct format string"""
        return self._format

    size = property(_struct_size, doc="struct size in bytes")

    def __setattr__(self, name, value):
        if name in ('format', 'size'):
            raise AttributeError(f"attribute '{name}' of '_struct.Struct' objects is not writable")
        raise AttributeError(f"'_struct.Struct' object has no attribute '{name}'")

    def pack_into(self, *args):
        if len(args) < 1:
            raise error("pack_into expected buffer argument")
        if len(args) < 2:
            raise error("pack_into expected offset argument")
        return _pack_into(error, self._format, args[0], args[1], args[2:])

    def iter_unpack(self, buffer, /):
        return _unpack_iterator(self._format, buffer)


Struct.__module__ = '_struct'
# The hot methods are natives (stdlib/structmod.rs).
Struct.pack = _struct_pack
Struct.unpack = _struct_unpack
Struct.unpack_from = _struct_unpack_from
setattr(Struct, ' error', error)
del _struct_pack, _struct_unpack, _struct_unpack_from, _struct_size
