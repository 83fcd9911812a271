"""This module provides access to some objects used or maintained by the
interpreter and to functions that interact strongly with the interpreter.

pyrite's sys is a sandboxed subset: see the module table's documentation.
"""

def _struct_sequence(name, fields, values):
    """One instance of a CPython struct sequence type `sys.<name>`: a tuple whose items are
    also attributes, which scripts cannot instantiate."""

    def __new__(cls, *args, **kwargs):
        raise TypeError(f"cannot create 'sys.{name}' instances")

    def __repr__(self):
        items = ", ".join(f"{f}={v!r}" for f, v in zip(fields, self))
        return f"sys.{name}({items})"

    def __reduce__(self):
        return (tuple, (tuple(self),))

    namespace = {
        "__slots__": (),
        "__new__": __new__,
        "__repr__": __repr__,
        "__reduce__": __reduce__,
        "__module__": "sys",
        "n_fields": len(fields),
        "n_sequence_fields": len(fields),
        "n_unnamed_fields": 0,
    }
    for i, field in enumerate(fields):
        namespace[field] = property(lambda self, i=i: tuple.__getitem__(self, i))
    cls = type(name, (tuple,), namespace)
    return tuple.__new__(cls, values)


# No -W options in pyrite: what `warnings` reads at import.
warnoptions = []

version_info = _struct_sequence(
    "version_info",
    ("major", "minor", "micro", "releaselevel", "serial"),
    (3, 11, (hexversion >> 8) & 0xFF, "final", 0),
)


class TextIOWrapper:
    """A text stream writing to one of the engine's sinks."""

    mode = "w"
    encoding = "utf-8"
    errors = "strict"
    closed = False

    def __init__(self, name, fd):
        self.name = name
        self._fd = fd

    def write(self, s):
        return _write(self._fd, s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def writable(self):
        return True

    def readable(self):
        return False

    def seekable(self):
        return False

    def __repr__(self):
        return f"<_io.TextIOWrapper name='{self.name}' mode='w' encoding='utf-8'>"


TextIOWrapper.__module__ = "_io"

stdout = __stdout__ = TextIOWrapper("<stdout>", 1)
stderr = __stderr__ = TextIOWrapper("<stderr>", 2)
del TextIOWrapper


# Made on first use (few scripts read them, and each is a class to create per engine).
_LAZY = ("float_info", "int_info", "hash_info", "implementation")


def _build_info():
    float_info = _struct_sequence(
        "float_info",
        ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
         "epsilon", "radix", "rounds"),
        (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
         2.220446049250313e-16, 2, 1),
    )

    int_info = _struct_sequence(
        "int_info",
        ("bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"),
        (30, 4, 4300, 640),
    )

    hash_info = _struct_sequence(
        "hash_info",
        ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"),
        (64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0),
    )

    from types import SimpleNamespace

    implementation = SimpleNamespace(
        name="pyrite",
        cache_tag=None,
        version=version_info,
        hexversion=hexversion,
    )
    g = globals()
    g.update(float_info=float_info, int_info=int_info, hash_info=hash_info,
             implementation=implementation)


def __getattr__(name):
    if name in _LAZY:
        _build_info()
        return globals()[name]
    _missing_attr("sys", name)
