"""Secure hashes and message digests (pyrite: the RustCrypto digests in stdlib/hashlib.rs)."""

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(__always_supported)

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'pbkdf2_hmac', 'file_digest')

_DIGEST_SIZE = {'md5': 16, 'sha1': 20, 'sha224': 28, 'sha256': 32, 'sha384': 48, 'sha512': 64,
                'sha3_224': 28, 'sha3_256': 32, 'sha3_384': 48, 'sha3_512': 64,
                'shake_128': 0, 'shake_256': 0}
_BLOCK_SIZE = {'md5': 64, 'sha1': 64, 'sha224': 64, 'sha256': 64, 'sha384': 128, 'sha512': 128,
               'sha3_224': 144, 'sha3_256': 136, 'sha3_384': 104, 'sha3_512': 72,
               'shake_128': 168, 'shake_256': 136}
# Names OpenSSL knows that pyrite's digests do not cover.
_OPENSSL_ONLY = frozenset({'md5-sha1', 'md4', 'mdc2', 'ripemd160', 'sha512_224', 'sha512_256',
                           'sm3', 'whirlpool'})


class _UnsupportedDigestmodError(ValueError):
    pass


_UnsupportedDigestmodError.__module__ = '_hashlib'
_UnsupportedDigestmodError.__name__ = _UnsupportedDigestmodError.__qualname__ = 'UnsupportedDigestmodError'
_MISSING = object()


def _require_buffer(obj):
    try:
        memoryview(obj)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(obj).__name__}'") from None


class HASH:
    """A hash object (CPython's _hashlib.HASH)."""

    __slots__ = ('_state', '_name')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_hashlib.HASH' instances")

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _DIGEST_SIZE[self._name]

    @property
    def block_size(self):
        return _BLOCK_SIZE[self._name]

    def update(self, obj, /):
        """Update this hash object's state with the provided string."""
        _update(self._state, obj)

    def digest(self):
        """Return the digest value as a bytes object."""
        return _digest(self._state, None)

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return _digest(self._state, None).hex()

    def copy(self):
        """Return a copy of the hash object."""
        return _wrap(type(self), _copy(self._state), self._name)

    def __repr__(self):
        return f"<{self._name} {type(self).__module__}.{type(self).__name__} object @ {hex(id(self))}>"


class HASHXOF(HASH):
    """A hash object with variable length output (CPython's _hashlib.HASHXOF)."""

    __slots__ = ()

    def digest(self, length=_MISSING):
        """Return the digest value as a bytes object."""
        if length is _MISSING:
            raise TypeError("digest() missing required argument 'length' (pos 1)")
        return _digest(self._state, length)

    def hexdigest(self, length=_MISSING):
        """Return the digest value as a string of hexadecimal digits."""
        if length is _MISSING:
            raise TypeError("hexdigest() missing required argument 'length' (pos 1)")
        return _digest(self._state, length).hex()


HASH.__module__ = HASHXOF.__module__ = '_hashlib'


def _wrap(cls, state, name):
    obj = object.__new__(cls)
    object.__setattr__(obj, '_state', state)
    object.__setattr__(obj, '_name', name)
    return obj


def _make(name, data):
    state = _new(name, data)
    return _wrap(HASHXOF if name.startswith('shake') else HASH, state, name)


def _constructor(name):
    fname = 'openssl_' + name

    def openssl(*args, **kwargs):
        # Argument Clinic's wording: (string=b'', *, usedforsecurity=True).
        if len(args) > 1:
            raise TypeError(f"{fname}() takes at most 1 positional argument ({len(args)} given)")
        string = args[0] if args else b''
        for key, value in kwargs.items():
            if key == 'string' and not args:
                string = value
            elif key == 'string':
                raise TypeError(f"argument for {fname}() given by name ('string') and position (1)")
            elif key != 'usedforsecurity':
                raise TypeError(f"'{key}' is an invalid keyword argument for {fname}()")
        return _make(name, string)
    openssl.__name__ = openssl.__qualname__ = fname
    return openssl


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
shake_128 = _constructor('shake_128')
shake_256 = _constructor('shake_256')


class _Blake2:
    __slots__ = ('_state', '_size')
    _kind = ''
    _MAX = 64
    _MAX_SP = 16
    SALT_SIZE = 16
    PERSON_SIZE = 16
    MAX_KEY_SIZE = 64
    MAX_DIGEST_SIZE = 64

    def __init__(self, *args, digest_size=None, key=b'', salt=b'', person=b'',
                 fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
                 inner_size=0, last_node=False, usedforsecurity=True):
        if len(args) > 1:
            raise TypeError(f"{type(self).__name__}() takes at most 1 positional argument ({len(args)} given)")
        data = args[0] if args else b''
        if digest_size is None:
            digest_size = self._MAX
        if not 1 <= digest_size <= self._MAX:
            raise ValueError(f"digest_size must be between 1 and {self._MAX} bytes")
        if len(key) > self._MAX:
            raise ValueError(f"maximum key length is {self._MAX} bytes")
        if len(salt) > self._MAX_SP:
            raise ValueError(f"maximum salt length is {self._MAX_SP} bytes")
        if len(person) > self._MAX_SP:
            raise ValueError(f"maximum person length is {self._MAX_SP} bytes")
        if (fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node) != (1, 1, 0, 0, 0, 0, False):
            raise NotImplementedError(f"{type(self).__name__} tree hashing parameters are not supported")
        object.__setattr__(self, '_state', _blake2(self._kind, data, digest_size, key, salt, person))
        object.__setattr__(self, '_size', digest_size)

    @property
    def name(self):
        return type(self).__name__

    @property
    def digest_size(self):
        return self._size

    @property
    def block_size(self):
        return self._MAX * 2

    def update(self, data, /):
        """Update this hash object's state with the provided bytes-like object."""
        _update(self._state, data)

    def digest(self):
        """Return the digest value as a bytes object."""
        return _digest(self._state, None)

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return _digest(self._state, None).hex()

    def copy(self):
        """Return a copy of the hash object."""
        obj = object.__new__(type(self))
        object.__setattr__(obj, '_state', _copy(self._state))
        object.__setattr__(obj, '_size', self._size)
        return obj


class blake2b(_Blake2):
    """Return a new BLAKE2b hash object."""
    __slots__ = ()
    _kind = 'b'


class blake2s(_Blake2):
    """Return a new BLAKE2s hash object."""
    __slots__ = ()
    _kind = 's'
    _MAX = 32
    _MAX_SP = 8
    SALT_SIZE = 8
    PERSON_SIZE = 8
    MAX_KEY_SIZE = 32
    MAX_DIGEST_SIZE = 32


blake2b.__module__ = blake2s.__module__ = '_blake2'


def _canonical(name):
    if not isinstance(name, str):
        raise TypeError(f"new() argument 'name' must be str, not {type(name).__name__}")
    lower = name.lower()
    if lower in algorithms_guaranteed:
        return lower
    # OpenSSL's spellings of the same digests.
    alias = lower.replace('-', '')
    if alias in ('sha1', 'sha224', 'sha256', 'sha384', 'sha512'):
        return alias
    if lower.startswith('sha3-') and lower.replace('-', '_') in algorithms_guaranteed:
        return lower.replace('-', '_')
    if lower in _OPENSSL_ONLY:
        raise NotImplementedError(f"hashlib.new('{name}') is not supported")
    raise ValueError(f"unsupported hash type {name}")


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object)."""
    name = _canonical(name)
    if name == 'blake2b':
        return blake2b(data, **kwargs)
    if name == 'blake2s':
        return blake2s(data, **kwargs)
    kwargs.pop('usedforsecurity', None)
    if kwargs:
        raise TypeError(f"'{next(iter(kwargs))}' is an invalid keyword argument for new()")
    return _make(name, data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    if not isinstance(hash_name, str):
        raise TypeError(f"pbkdf2_hmac() argument 'hash_name' must be str, not {type(hash_name).__name__}")
    _require_buffer(password)
    _require_buffer(salt)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if iterations > 0x7fffffff:
        raise OverflowError("iteration value is too great.")
    if dklen is not None:
        if dklen < 1:
            raise ValueError("key length must be greater than 0.")
        if dklen > 0x7fffffff:
            raise OverflowError("key length is too great.")
    name = hash_name.lower()
    if name.startswith('sha-'):
        name = name.replace('-', '')
    key = _pbkdf2_hmac(name, password, salt, iterations, dklen)
    if key is None:
        raise _UnsupportedDigestmodError("[digital envelope routines] unsupported")
    return key


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, "getbuffer"):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, "readinto") and hasattr(fileobj, "readable") and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
