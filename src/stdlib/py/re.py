"""Support for regular expressions (RE).

pyrite's re: CPython 3.11's module functions, cache and classes around a native engine
(the natives named _pattern_*, _match_*, _scanner_*, _sre_compile, _purge and escape)."""

import enum

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
    __str__ = object.__str__
    _numeric_repr_ = hex


RegexFlag = enum.global_enum(RegexFlag)


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


def _setattr_error(obj, name, members, getsets):
    tname = 're.' + type(obj).__name__
    if name in members:
        raise AttributeError("readonly attribute")
    if name in getsets:
        raise AttributeError(f"attribute '{name}' of '{tname}' objects is not writable")
    if hasattr(type(obj), name):
        raise AttributeError(f"'{tname}' object attribute '{name}' is read-only")
    raise AttributeError(f"'{tname}' object has no attribute '{name}'")


class Pattern:
    """Compiled regular expression object."""
    __slots__ = ()
    __pyrite_tp_name__ = 're.Pattern'

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    match = _pattern_match
    fullmatch = _pattern_fullmatch
    search = _pattern_search
    findall = _pattern_findall
    finditer = _pattern_finditer
    scanner = _pattern_scanner
    sub = _pattern_sub
    subn = _pattern_subn
    split = _pattern_split
    groupindex = property(_pattern_groupindex)
    __repr__ = _pattern_repr
    # A def, not the native itself: rich comparison takes a class's __eq__ only when it is
    # not a built-in function (those are the slot wrappers of built-in types).
    def __eq__(self, other, _eq=_pattern_eq):
        return _eq(self, other)

    __hash__ = _pattern_hash

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    __class_getitem__ = classmethod(_generic_alias)

    def __getattr__(self, name):
        raise AttributeError(f"'re.Pattern' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        _setattr_error(self, name, ('pattern', 'flags', 'groups'), ('groupindex',))

    def __delattr__(self, name):
        _setattr_error(self, name, ('pattern', 'flags', 'groups'), ('groupindex',))


class Match:
    """The result of re.match() and re.search().
    Match objects always have a boolean value of True."""
    __slots__ = ()
    __pyrite_tp_name__ = 're.Match'

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    group = _match_group
    __getitem__ = _match_getitem
    # CPython's Match is a mapping (mp_subscript), not a sequence: iter() refuses it.
    __iter__ = None
    __pyrite_dir_hidden__ = ('__iter__',)
    groups = _match_groups
    groupdict = _match_groupdict
    start = _match_start
    end = _match_end
    span = _match_span
    expand = _match_expand
    regs = property(_match_regs)
    lastgroup = property(_match_lastgroup)
    string = property(_match_string)
    re = property(_match_re)
    pos = property(_match_pos)
    endpos = property(_match_endpos)
    lastindex = property(_match_lastindex)
    __repr__ = _match_repr

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    __class_getitem__ = classmethod(_generic_alias)

    def __getattr__(self, name):
        raise AttributeError(f"'re.Match' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        _setattr_error(self, name, ('string', 're', 'pos', 'endpos', 'lastindex'), ('regs', 'lastgroup'))

    def __delattr__(self, name):
        _setattr_error(self, name, ('string', 're', 'pos', 'endpos', 'lastindex'), ('regs', 'lastgroup'))


class SRE_Scanner:
    __slots__ = ()
    __pyrite_tp_name__ = '_sre.SRE_Scanner'
    __module__ = '_sre'

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_sre.SRE_Scanner' instances")

    match = _scanner_match
    search = _scanner_search


setattr(Pattern, ' Match', Match)
setattr(Pattern, ' Scanner', SRE_Scanner)
setattr(Pattern, ' error', error)

del (_pattern_match, _pattern_fullmatch, _pattern_search, _pattern_findall, _pattern_finditer,
     _pattern_scanner, _pattern_sub, _pattern_subn, _pattern_split, _pattern_groupindex,
     _pattern_repr, _pattern_eq, _pattern_hash, _match_group, _match_getitem, _match_groups,
     _match_groupdict, _match_start, _match_end, _match_span, _match_expand, _match_regs,
     _match_lastgroup, _match_repr, _match_string, _match_re, _match_pos, _match_endpos,
     _match_lastindex, _scanner_match, _scanner_search, _generic_alias)


# --------------------------------------------------------------------
# public interface

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _purge()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the flag's warning: once is enough
        return _compile(pattern, flags | T)


# --------------------------------------------------------------------
# internals

_cache = {}  # ordered!

_MAXCACHE = 512


def _compile(pattern, flags):
    # internal: compile pattern
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & T:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated "
                      "as it is an undocumented flag "
                      "without an obvious purpose. "
                      "Don't use it.",
                      DeprecationWarning)
    if flags & DEBUG:
        raise NotImplementedError("re.DEBUG is not supported")
    p = _sre_compile(Pattern, pattern, flags)
    if len(_cache) >= _MAXCACHE:
        # Drop the oldest item
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[type(pattern), pattern, flags] = p
    return p


class Scanner:
    """A lexer over a list of (phrase, action) pairs: `scan` matches the phrases, first to
    last, at each position, and collects what their actions return."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        parts = []
        base = None
        for phrase, action in lexicon:
            # Each phrase alone first: its errors are the ones CPython reports.
            p = compile(phrase, flags)
            if base is None:
                base = compile(phrase[:0], flags).flags
            # CPython numbers one group per phrase and reads `lastindex`; a phrase's own
            # groups or global flags would be numbered or applied otherwise here.
            if p.groups or p.flags != base:
                raise NotImplementedError(
                    're.Scanner with groups or inline flags in a phrase is not supported')
            end = '\n)' if flags & VERBOSE else ')'
            if isinstance(phrase, bytes):
                parts.append(b'(' + phrase + end.encode())
            else:
                parts.append('(' + phrase + end)
        if parts and isinstance(parts[0], bytes):
            joined = b'|'.join(parts)
        else:
            joined = '|'.join(parts)
        self.scanner = compile(joined, flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
