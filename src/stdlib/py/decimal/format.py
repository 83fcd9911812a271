
# ---------------------------------------------------------------------------
# format() (decimal/format.py: appended to core.py). The specifier grammar is
# libmpdec's, which _decimal uses: [[fill]align][sign][z][0][width][,][.precision][type]
# with no '#' and no '_'; every malformed specifier is "invalid format string".

def _bad_spec():
    return ValueError('invalid format string')


def _parse_spec(spec):
    fill = ' '
    align = None
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    no_neg_0 = False
    if i < n and spec[i] == 'z':
        no_neg_0 = True
        i += 1
        if i < n and spec[i] in '+- ':
            sign = spec[i]
            i += 1
    elif i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
        if i < n and spec[i] == 'z':
            no_neg_0 = True
            i += 1
    zeropad = False
    if i < n and spec[i] == '0':
        if align is not None:
            raise _bad_spec()
        zeropad = True
        fill = '0'
        i += 1
    width = 0
    j = i
    while j < n and '0' <= spec[j] <= '9':
        j += 1
    if j > i:
        if spec[i] == '0' or j - i > 18:
            raise _bad_spec()
        width = int(spec[i:j])
        i = j
    sep = ''
    if i < n and spec[i] == ',':
        sep = ','
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while j < n and '0' <= spec[j] <= '9':
            j += 1
        if j == i or j - i > 18:
            raise _bad_spec()
        precision = int(spec[i:j])
        i = j
    kind = None
    if i < n and spec[i] in 'eEfFgG%nN':
        kind = spec[i]
        i += 1
        if kind in 'nN':
            if sep:
                raise _bad_spec()
            kind = 'g' if kind == 'n' else 'G'
    if i != n:
        raise _bad_spec()
    return fill, align, sign, no_neg_0, zeropad, width, sep, precision, kind


def _group(digits, sep, min_width):
    """digits with sep every three from the right, zero-padded to min_width."""
    if not sep:
        if len(digits) < min_width:
            return '0' * (min_width - len(digits)) + digits
        return digits
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (size - len(digits)) + digits[-size:])
        digits = digits[:-size]
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _pad(sign, body, fill, align, width):
    padding = fill * (width - len(sign) - len(body))
    if align == '<':
        return sign + body + padding
    if align == '=':
        return sign + padding + body
    if align == '^':
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    return padding + sign + body


def _round_places(d, places, rounding):
    """d rounded to `places` significant digits."""
    adj = _nd(d._int) + d._exp - 1
    r, _ = _rescale(d, adj + 1 - places, rounding)
    if r._int and _nd(r._int) + r._exp - 1 != adj:
        r, _ = _rescale(r, _nd(r._int) + r._exp - places, rounding)
    return r


def _decimal_format(self, specifier, context=None):
    if not isinstance(specifier, str):
        raise TypeError('format arg must be str')
    ctx = _ctx(context)
    fill, align, sign_opt, no_neg_0, zeropad, width, sep, precision, kind = \
        _parse_spec(specifier)
    if precision == 0 and (kind is None or kind in 'gG'):
        precision = 1
    if self._is_special:
        if zeropad:
            fill = ' '
            align = '>'
        sign = '-' if self._sign else (sign_opt if sign_opt in '+ ' else '')
        body = _copy(self, 0).__str__()
        if kind == '%':
            body += '%'
        return _pad(sign, body, fill, align or '>', width)
    if kind is None:
        kind = 'G' if ctx._capitals else 'g'
    d = self
    if kind == '%':
        d = _new(d._sign, d._int, d._exp + 2)
    rounding = ctx._rounding
    if precision is not None:
        if kind in 'eE':
            if d._int:
                d = _round_places(d, precision + 1, rounding)
        elif kind in 'fF%':
            d, _ = _rescale(d, -precision, rounding)
        elif kind in 'gG' and _nd(d._int) > precision:
            d = _round_places(d, precision, rounding)
    if not d._int and d._exp > 0 and kind in 'fF%':
        d = _new(d._sign, 0, 0)
    # 'z' drops the sign of a zero; _decimal looks at the rounded value for 'f' and '%'
    # only (for 'F' and the others, at the value itself).
    neg = d._sign and not (no_neg_0 and not (d._int if kind in 'f%' else self._int))
    digits = _digits(d._int)
    left = d._exp + len(digits)
    if kind in 'eE':
        dot = 1 - precision if (not d._int and precision is not None) else 1
    elif kind in 'fF%':
        dot = left
    elif d._exp <= 0 and left > -6:
        dot = left
    else:
        dot = 1
    if dot < 0:
        ip = '0'
        fp = '0' * -dot + digits
    elif dot > len(digits):
        ip = digits + '0' * (dot - len(digits))
        fp = ''
    else:
        ip = digits[:dot] or '0'
        fp = digits[dot:]
    exp = left - dot
    sign = '-' if neg else (sign_opt if sign_opt in '+ ' else '')
    if fp:
        fp = '.' + fp
    if exp != 0 or kind in 'eE':
        fp += ('e' if kind in 'eg' else 'E') + '%+d' % exp
    if kind == '%':
        fp += '%'
    min_width = width - len(fp) - len(sign) if zeropad else 0
    ip = _group(ip, sep, min_width)
    return _pad(sign, ip + fp, fill, '=' if zeropad else (align or '>'), width)


Decimal.__format__ = _decimal_format
