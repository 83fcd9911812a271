"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join([w.capitalize() for w in s.split(sep)])


_sentinel_dict = {}
# Template scans its placeholders by hand for the default pattern (any delimiter), so that
# `import string` does not import `re`; a subclass that sets `pattern`, `idpattern`,
# `braceidpattern` or `flags` gets its pattern compiled when it is made and scans with it.
_IDENT_START = frozenset('_' + ascii_letters)
_IDENT_REST = frozenset('_' + ascii_letters + digits)


def _template_pattern(cls):
    # The regular expression of Template class cls, from its own `pattern` (a string or a
    # compiled pattern) or from its delimiter and identifier patterns.
    import re
    if 'pattern' in cls.__dict__ and not isinstance(cls.__dict__['pattern'], _LazyReAttr):
        source = cls.pattern
    else:
        ident = cls.idpattern
        braced = cls.braceidpattern or ident
        source = (re.escape(cls.delimiter) + '(?:'
                  + '(?P<escaped>' + re.escape(cls.delimiter) + ')|'
                  + '(?P<named>' + ident + ')|'
                  + '{(?P<braced>' + braced + ')}|'
                  + '(?P<invalid>))')
    return re.compile(source, cls.flags | re.VERBOSE)


class _LazyReAttr:
    # Template.flags (re.IGNORECASE) and Template.pattern, computed on first use.
    def __init__(self, which):
        self.which = which

    def __get__(self, obj, owner):
        import re
        if self.which == 'flags':
            return re.IGNORECASE
        compiled = _compiled_patterns.get(owner)
        if compiled is None:
            compiled = _compiled_patterns[owner] = _template_pattern(owner)
        return compiled


_compiled_patterns = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _LazyReAttr('flags')
    pattern = _LazyReAttr('pattern')
    _by_pattern = False

    def __init_subclass__(cls):
        super().__init_subclass__()
        if ('pattern' in cls.__dict__ or cls.idpattern != Template.idpattern
                or cls.braceidpattern is not None or 'flags' in cls.__dict__
                or cls._by_pattern):
            cls.pattern = _template_pattern(cls)
            cls._by_pattern = True

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (kind, start, end, name) for each placeholder: kind is 'escaped', 'named',
        # 'braced' or 'invalid'; start is the delimiter's index, end the index after the match.
        if self._by_pattern:
            yield from self._scan_pattern()
            return
        t = self.template
        delim = self.delimiter
        n, dn = len(t), len(delim)
        i = t.find(delim)
        while i >= 0:
            j = i + dn
            if t.startswith(delim, j):
                yield 'escaped', i, j + dn, None
                i = t.find(delim, j + dn)
                continue
            if j < n and t[j] in _IDENT_START:
                k = j + 1
                while k < n and t[k] in _IDENT_REST:
                    k += 1
                yield 'named', i, k, t[j:k]
                i = t.find(delim, k)
                continue
            if j + 1 < n and t[j] == '{' and t[j + 1] in _IDENT_START:
                k = j + 2
                while k < n and t[k] in _IDENT_REST:
                    k += 1
                if k < n and t[k] == '}':
                    yield 'braced', i, k + 1, t[j + 1:k]
                    i = t.find(delim, k + 1)
                    continue
            yield 'invalid', i, j, None
            i = t.find(delim, j)

    def _scan_pattern(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('named') is not None:
                yield 'named', mo.start(), mo.end(), mo.group('named')
            elif mo.group('braced') is not None:
                yield 'braced', mo.start(), mo.end(), mo.group('braced')
            elif mo.group('escaped') is not None:
                yield 'escaped', mo.start(), mo.end(), None
            elif mo.group('invalid') is not None:
                yield 'invalid', mo.start(), mo.start('invalid'), None
            else:
                raise ValueError('Unrecognized named group in pattern', self.pattern)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _render(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
            kws = None
        out = []
        pos = 0
        for kind, start, end, name in self._scan():
            out.append(self.template[pos:start])
            pos = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                out.append(self.template[start:end])
            else:
                try:
                    if kws and name in kws:
                        value = kws[name]
                    else:
                        value = mapping[name]
                except KeyError:
                    if not safe:
                        raise
                    out.append(self.template[start:end])
                    continue
                out.append('%s' % (value,))
        out.append(self.template[pos:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._render(mapping, kws, True)

    def is_valid(self):
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


def _parse_format(s):
    # The pieces of a format string as (literal, field name, format spec, conversion), read
    # as str.format reads it.
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == '{':
            literal.append('{')
            yield ''.join(literal), None, None, None
            literal = []
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        # The field name runs to '}', ':' or '!' (brackets hide all three).
        j = i + 1
        stop = None
        while j < n:
            c = s[j]
            j += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while j < n and s[j] != ']':
                    j += 1
                continue
            if c in '}:!':
                stop = c
                break
        if stop is None:
            raise ValueError("expected '}' before end of string")
        name = s[i + 1:j - 1]
        conversion = None
        spec = ''
        if stop == '!':
            if j >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[j]
            j += 1
            if j < n:
                c = s[j]
                j += 1
                if c == '}':
                    stop = '}'
                elif c != ':':
                    raise ValueError("expected ':' after conversion specifier")
                else:
                    stop = ':'
        if stop != '}':
            # The format spec, up to the '}' that balances the field's '{'.
            depth = 1
            k = j
            while k < n:
                if s[k] == '{':
                    depth += 1
                elif s[k] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            if depth:
                raise ValueError("unmatched '{' in format spec")
            spec = s[j:k]
            j = k + 1
        yield ''.join(literal), name, spec, conversion
        literal = []
        i = j
    if literal:
        yield ''.join(literal), None, None, None


def _split_field_name(name):
    # `first` (an int when all digits) and the (is_attribute, key) steps after it.
    n = len(name)
    k = 0
    while k < n and name[k] not in '.[':
        k += 1
    first = name[:k]
    if first.isdigit():
        first = int(first)
    rest = []
    while k < n:
        if name[k] == '.':
            j = k + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[k + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            k = j
        else:
            j = name.find(']', k)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            k = j + 1
            if k < n and name[k] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # (CPython's string.Formatter words both errors the same way.)
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
