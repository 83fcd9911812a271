"""HMAC (Keyed-Hashing for Message Authentication), RFC 2104 (pyrite: over hashlib)."""

import hashlib as _hashlib

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

digest_size = None

__all__ = ['HMAC', 'new', 'digest', 'compare_digest']


def _digest_factory(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """RFC 2104 HMAC class.  Also complies with RFC 4231."""

    blocksize = 64

    __slots__ = ("_digest_cons", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._digest_cons = _digest_factory(digestmod)
        self._inner = self._digest_cons()
        self._outer = self._digest_cons()
        self.digest_size = self._inner.digest_size
        # CPython warns from a helper of `__init__` with stack level 2: `__init__`'s frame.
        if hasattr(self._inner, 'block_size'):
            blocksize = self._inner.block_size
            if blocksize < 16:
                import warnings
                warnings.warn('block_size of %d seems too small; using our '
                              'default of %d.' % (blocksize, self.blocksize),
                              RuntimeWarning, 1)
                blocksize = self.blocksize
        else:
            import warnings
            warnings.warn('No block_size attribute on given digest object; '
                          'Assuming %d.' % (self.blocksize),
                          RuntimeWarning, 1)
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = self._digest_cons(key).digest()
        self.block_size = blocksize
        key = key.ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object."""
        other = self.__class__.__new__(self.__class__)
        other._digest_cons = self._digest_cons
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """Return the hash value of this hashing object."""
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), but returns a string of hexadecimal digits instead."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new hashing object and return it."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Fast inline implementation of HMAC."""
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b, /):
    """Return 'a == b'."""
    if isinstance(a, str) and isinstance(b, str):
        if not a.isascii() or not b.isascii():
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode('ascii'), b.encode('ascii')
    else:
        a_view, b_view = _buffer(a), _buffer(b)
        if a_view is None and b_view is None:
            raise TypeError(f"unsupported operand types(s) or combination of types: "
                            f"'{type(a).__name__}' and '{type(b).__name__}'")
        for obj, view in ((a, a_view), (b, b_view)):
            if view is None:
                raise TypeError(f"a bytes-like object is required, not '{type(obj).__name__}'")
        a, b = bytes(a_view), bytes(b_view)
    result = len(a) ^ len(b)
    if len(a) == len(b):
        for x, y in zip(a, b):
            result |= x ^ y
    return result == 0


def _buffer(obj):
    try:
        return memoryview(obj)
    except TypeError:
        return None
