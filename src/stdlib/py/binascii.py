"""Conversion between binary data and ASCII (pyrite: the natives in stdlib/binascii.rs)."""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    return _hexlify(data, sep, bytes_per_sep)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    return _hexlify(data, sep, bytes_per_sep)


def unhexlify(hexstr, /):
    """Binary data of hexadecimal representation."""
    return _unhexlify(Error, hexstr)


def a2b_hex(hexstr, /):
    """Binary data of hexadecimal representation."""
    return _unhexlify(Error, hexstr)


def b2a_base64(data, /, *, newline=True):
    """Base64-code line of data."""
    return _b2a_base64(data, newline)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data."""
    return _a2b_base64(Error, data, strict_mode)


def b2a_uu(data, /, *, backtick=False):
    """Uuencode line of data."""
    return _b2a_uu(Error, data, backtick)


def a2b_uu(data, /):
    """Decode a line of uuencoded data."""
    return _a2b_uu(Error, data)
