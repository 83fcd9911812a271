
# ---------------------------------------------------------------------------
# Square root, powers, exp, ln, log10 (decimal/transcend.py: appended to core.py)

def _sqrt(a, ctx):
    if a._is_special:
        r = _nans(a, None, ctx)
        if r is not None:
            return r
        if a._sign:
            return _invalid()
        return a
    if not a._int:
        return _fix(a._sign, 0, a._exp >> 1, ctx, ROUND_HALF_EVEN)
    if a._sign:
        return _invalid()
    # Scale the coefficient by an even power of ten so that its root has prec + 1
    # digits; an inexact root gets a sticky last digit so that one rounding is right.
    prec = ctx._prec + 1
    c = a._int
    half = a._exp >> 1
    if a._exp & 1:
        c *= 10
        digits = (_nd(a._int) >> 1) + 1
    else:
        digits = (_nd(a._int) + 1) >> 1
    shift = prec - digits
    if shift >= 0:
        c *= 100 ** shift
        exact = True
    else:
        c, rem = divmod(c, 100 ** -shift)
        exact = not rem
    half -= shift
    n = _math.isqrt(c)
    if exact and n * n == c:
        if shift >= 0:
            n //= 10 ** shift
        else:
            n *= 10 ** -shift
        half += shift
    elif n % 5 == 0:
        n += 1
    return _fix(0, n, half, ctx, ROUND_HALF_EVEN)


Decimal.sqrt = _method(_sqrt, 0)

# Fixed-point constants: (scale digits, value) of the largest computed so far.
_LN10 = [0, 0]
_LN2 = [0, 0]


def _atanh_recip(q, one):
    """atanh(1/q) * one, within a few units."""
    t = one // q
    q2 = q * q
    s = t
    k = 3
    while t:
        t //= q2
        s += t // k
        k += 2
    return s


def _const(cache, w, make):
    if cache[0] < w:
        g = w + 3 + _nd(w)
        cache[1] = make(10 ** g) // 10 ** (g - w)
        cache[0] = w
        return cache[1]
    return cache[1] // 10 ** (cache[0] - w)


def _ln2(w):
    return _const(_LN2, w, lambda one: 2 * _atanh_recip(3, one))


def _ln10(w):
    # 10 = 2**3 * 5/4, and ln(5/4) = 2 atanh(1/9).
    return _const(_LN10, w,
                  lambda one: 6 * _atanh_recip(3, one) + 2 * _atanh_recip(9, one))


def _ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w for c > 0, within 10 units."""
    n = _nd(c)
    k = n + e  # x = f * 10**k with f = c / 10**n in [0.1, 1)
    g = w + 6 + _nd(abs(k))
    one = 10 ** g
    f = c * one // 10 ** n
    j = 0
    low = one * 7071 // 10000
    while f < low:
        f *= 2
        j += 1
    # ln f = 2 atanh((f - 1)/(f + 1)), with |(f-1)/(f+1)| < 0.172.
    z = (f - one) * one // (f + one)
    neg = z < 0
    if neg:
        z = -z
    z2 = z * z // one
    t = z
    s = z
    d = 3
    while t:
        t = t * z2 // one
        s += t // d
        d += 2
    s *= 2
    if neg:
        s = -s
    total = s - j * _ln2(g) + k * _ln10(g)
    return total // 10 ** (g - w)


def _exp_fixed(x, g, w):
    """exp(x / 10**g) as (r, n): the value is r * 10**(n - w) within 10 units of r,
    with r of w or w + 1 digits. |x / 10**g| is below about 10**19."""
    ip = _nd(abs(x) // 10 ** g) + 3
    l10 = _ln10(g + ip)
    scale = 10 ** ip
    n = (2 * x * scale + l10) // (2 * l10)
    r = x - n * l10 // scale
    neg = r < 0
    if neg:
        r = -r
    # exp(r) = exp(r / 256) ** 256, the series on the reduced argument.
    one = 10 ** g
    y = r >> 8
    s = one
    t = one
    i = 1
    while t:
        t = t * y // (one * i)
        s += t
        i += 1
    for _ in range(8):
        s = s * s // one
    if neg:
        s = one * one // s
    return s // 10 ** (g - w), n


def _round_sig(sign, c, e, p, etiny, rounding):
    """(c, e) rounded to p significant digits (fewer below etiny): (coefficient, exp)."""
    target = _nd(c) + e - p
    if target < etiny:
        target = etiny
    if target <= e:
        return c * 10 ** (e - target), target
    q, inexact = _drop(c, target - e, sign, rounding)
    if _nd(q) > p:
        q //= 10
        target += 1
    return q, target


def _ziv(compute, ctx, rounding):
    """The correctly rounded result of compute(w) -> (sign, a, e, err), which says the
    value lies within (a -+ err) * 10**e; w is widened until the bounds round alike."""
    global _ST
    p = ctx._prec
    etiny = ctx._Emin - p + 1
    w = p + 10
    tries = 0
    while True:
        sign, a, e, err = compute(w)
        need = p + 6 + _nd(err)
        have = _nd(a)
        if have < need and (a == 0 or _nd(a) + e - 1 >= etiny - 2):
            w += need - have + 5
            continue
        lo = _round_sig(sign, a - err, e, p, etiny, rounding)
        hi = _round_sig(sign, a + err, e, p, etiny, rounding)
        if lo == hi:
            q, qe = lo
            break
        tries += 1
        if tries >= 3:
            # The bounds straddle a rounding boundary at every width: the value is that
            # boundary (an exact result), which the rounding then decides.
            b, be = _round_sig(sign, a, e, p + 1, etiny - 1, ROUND_HALF_EVEN)
            diff = b * 10 ** (be - e) - a if be >= e else b - a * 10 ** (e - be)
            if be >= e and abs(diff) <= err:
                q, qe = _round_sig(sign, b, be, p, etiny, rounding)
                break
        w *= 2
    r = _fix(sign, q, qe, ctx, rounding)
    st = _INEXACT | _ROUNDED
    if not r._is_special and (not r._int or _nd(r._int) + r._exp - 1 < ctx._Emin):
        st |= _UNDERFLOW | _SUBNORMAL
        if not r._int:
            st |= _CLAMPED
    _ST |= st
    return r


def _exp(a, ctx):
    if a._is_special:
        r = _nans(a, None, ctx)
        if r is not None:
            return r
        return _new(0, 0, 0) if a._sign else a
    if not a._int:
        return _new(0, 1, 0)
    p = ctx._prec
    adj = a.adjusted()
    etiny = ctx._Emin - p + 1
    # Results certainly past the exponent range or within half an ulp of 1: a
    # stand-in value that rounds (and signals) as the true one does.
    if not a._sign and adj > _nd((ctx._Emax + 1) * 3):
        return _fix(0, 1, ctx._Emax + 1, ctx, ROUND_HALF_EVEN)
    if a._sign and adj > _nd((-etiny + 1) * 3):
        return _fix(0, 1, etiny - 1, ctx, ROUND_HALF_EVEN)
    if not a._sign and adj < -p:
        return _fix(0, 10 ** p + 1, -p, ctx, ROUND_HALF_EVEN)
    if a._sign and adj < -p - 1:
        return _fix(0, 10 ** (p + 1) - 1, -p - 1, ctx, ROUND_HALF_EVEN)
    c = a._int
    e = a._exp

    def compute(w):
        g = w + 10
        x = c * 10 ** (e + g) if e + g >= 0 else c // 10 ** -(e + g)
        if a._sign:
            x = -x
        r, n = _exp_fixed(x, g, w)
        return 0, r, n - w, 10
    return _ziv(compute, ctx, ROUND_HALF_EVEN)


def _ln_checks(a, ctx):
    """The result of ln/log10 for special, zero, negative or 1 operands, else None."""
    global _ST
    if a._is_special:
        r = _nans(a, None, ctx)
        if r is not None:
            return r
        if a._sign:
            return _invalid()
        return a
    if not a._int:
        return _special(1, 0, 'F')
    if a._sign:
        return _invalid()
    return None


def _ln(a, ctx):
    r = _ln_checks(a, ctx)
    if r is not None:
        return r
    c = a._int
    e = a._exp
    if e <= 0 and c == 10 ** -e:
        return _new(0, 0, 0)

    def compute(w):
        v = _ln_fixed(c, e, w)
        return (1 if v < 0 else 0), abs(v), -w, 10
    return _ziv(compute, ctx, ROUND_HALF_EVEN)


def _log10(a, ctx):
    r = _ln_checks(a, ctx)
    if r is not None:
        return r
    c = a._int
    e = a._exp
    n = _nd(c)
    if c == 10 ** (n - 1):
        return _fix_int(e + n - 1, ctx)

    def compute(w):
        v = _ln_fixed(c, e, w + 5)
        q = abs(v) * 10 ** w // _ln10(w + 5)
        return (1 if v < 0 else 0), q, -w, 10
    return _ziv(compute, ctx, ROUND_HALF_EVEN)


Decimal.exp = _method(_exp, 0)
Decimal.ln = _method(_ln, 0)
Decimal.log10 = _method(_log10, 0)


def _is_integral(d):
    if d._is_special:
        return False
    if d._exp >= 0 or not d._int:
        return True
    # More fractional places than digits: a nonzero fraction (and no 10**-exp built).
    return -d._exp <= _nd(d._int) and d._int % 10 ** -d._exp == 0


def _as_int(d):
    if d._exp >= 0:
        v = d._int * 10 ** d._exp
    else:
        v = d._int // 10 ** -d._exp
    return -v if d._sign else v


_ONE = _new(0, 1, 0)


def _max_context(prec):
    """libmpdec's maxcontext at precision prec: the widest exponent range, half-even."""
    c = Context.__new__(Context)
    for name, value in (('_prec', prec), ('_rounding', ROUND_HALF_EVEN),
                        ('_Emin', MIN_EMIN), ('_Emax', MAX_EMAX), ('_capitals', 1),
                        ('_clamp', 0), ('_flags', 0), ('_traps', 0)):
        object.__setattr__(c, name, value)
    return c


def _pow_real(sign, a, b, ctx):
    """a ** b for a finite positive a != 1 and a finite b, as libmpdec computes it: each of
    ln a, (ln a) * b and exp of that correctly rounded to a working precision, then the
    result rounded to the context (so an exact power can come out one ulp low, as in
    CPython)."""
    global _ST
    saved = _ST
    work = _max_context(max(_nd(a._int), ctx._prec) + 4 + 19)
    t = _ln(a, work)
    t = _mul(t, b, work)
    # The conditions of ln and the product are dropped, exp's are kept (libmpdec hands
    # exp the caller's status).
    _ST = saved
    r = _exp(t, work)
    _ST |= _INEXACT | _ROUNDED
    if r._is_special:
        return _fix(sign, 1, ctx._Emax + 1, ctx, ctx._rounding)
    if r._int and r._exp <= 0 and r._int == 10 ** -r._exp:
        p = ctx._prec
        return _new(sign, 10 ** (p - 1), 1 - p)
    return _fix(sign, r._int, r._exp, ctx, ctx._rounding)


def _exp_digits(v):
    return _nd(-v if v < 0 else v)


def _lower_bound_zeta(x):
    """A lower bound of the adjusted exponent of ln(x), for x > 0 and x != 1."""
    t = _nd(x._int) + x._exp - 1
    if t > 0:
        return _exp_digits(t) - 1
    if t < -1:
        return _exp_digits(t + 1) - 1
    d = _add(x, _ONE, _max_context(MAX_PREC), 1)
    u = _nd(d._int) + d._exp - 1
    return u - 2 if t == 0 else u - 1


def _pow_bounds(a, b, sign, ctx):
    """The result of a ** b when it certainly overflows or underflows, else None
    (libmpdec's _qcheck_pow_bounds)."""
    lb_theta = _nd(b._int) + b._exp - 1
    lb_zeta = _lower_bound_zeta(a)
    if ((_nd(a._int) + a._exp - 1 < 0) != bool(b._sign)) == 0:
        if _exp_digits(ctx._Emax) < lb_zeta + lb_theta:
            return _fix(sign, 1, ctx._Emax + 1, ctx, ctx._rounding)
    else:
        etiny = ctx._Emin - ctx._prec + 1
        if _exp_digits(etiny) < lb_zeta + lb_theta:
            return _fix(sign, 1, etiny - 1, ctx, ctx._rounding)
    return None


def _pow_int(a, b, ctx, sign):
    """a ** b for a finite positive a != 1 and an integral b != 0, as libmpdec computes
    it: binary powering with each product rounded half-even to a working precision
    (the context's exponent range, so an intermediate can underflow), then the result
    rounded to the context."""
    global _ST
    work = ctx.copy()
    object.__setattr__(work, '_prec', ctx._prec + _nd(b._int) + b._exp + 2)
    object.__setattr__(work, '_rounding', ROUND_HALF_EVEN)
    object.__setattr__(work, '_clamp', 0)
    base = a
    if b._sign:
        object.__setattr__(work, '_prec', work._prec + 1)
        before = _ST
        _ST = 0
        base = _div(_ONE, a, work)
        failed = _ST & (_INVALID_ANY | _DIV_BY_ZERO)
        _ST |= before
        if failed:
            return _NAN
    n = _as_int(b)
    if n < 0:
        n = -n
    r = base
    bit = 1 << (n.bit_length() - 1)
    bit >>= 1
    while bit:
        before = _ST
        _ST = 0
        r = _mul(r, r, work)
        if n & bit:
            r = _mul(r, base, work)
        step = _ST
        _ST |= before
        if r._is_special or (not r._int and step & _CLAMPED):
            break
        bit >>= 1
    if r._exp == 'F':
        return _fix(sign, 1, ctx._Emax + 1, ctx, ctx._rounding)
    if r._is_special:
        return r
    return _fix(sign, r._int, r._exp, ctx, ctx._rounding)


def _pow(a, b, ctx):
    global _ST
    if a._is_special or b._is_special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
    if not b._is_special and not b._int:
        if not a._is_special and not a._int:
            return _invalid()
        return _ONE
    sign = 0
    b_int = _is_integral(b)
    if a._sign:
        if b_int:
            if _as_int(b) & 1:
                sign = 1
        elif a._is_special or a._int:
            return _invalid()
        a = _copy(a, 0)
    if not a._is_special and not a._int:
        if b._sign:
            return _special(sign, 0, 'F')
        return _new(sign, 0, 0)
    if a._is_special:
        if b._sign:
            return _new(sign, 0, 0)
        return _special(sign, 0, 'F')
    p = ctx._prec
    if a._exp <= 0 and a._int == 10 ** -a._exp:
        # One (in any of its forms) to a power: exact for an integral power, else a
        # one of full precision.
        if b_int:
            k = _as_int(b)
            e = a._exp * k
            if e > 0:
                e = 0
            if e < 1 - p:
                e = 1 - p
                _ST |= _ROUNDED
        else:
            e = 1 - p
            _ST |= _INEXACT | _ROUNDED
        return _fix(sign, 10 ** -e, e, ctx, ctx._rounding)
    if b._is_special:
        above_one = a.adjusted() >= 0
        if above_one != bool(b._sign):
            return _special(sign, 0, 'F')
        return _new(sign, 0, 0)
    r = _pow_bounds(a, b, sign, ctx)
    if r is not None:
        return r
    if b_int:
        return _pow_int(a, b, ctx, sign)
    return _pow_real(sign, a, b, ctx)


def _pow_modulo(a, b, m, ctx):
    if a._is_special or b._is_special or m._is_special:
        r = _nans(a, b, ctx)
        if r is None:
            r = _nans(m, None, ctx)
        if r is not None:
            return r
        return _invalid()
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        return _invalid()
    if b._sign or not m._int or (not a._int and not b._int):
        return _invalid()
    mod = abs(_as_int(m))
    if _nd(mod) > ctx._prec:
        return _invalid()
    base = abs(_as_int(a)) % mod
    k = _as_int(b)
    sign = a._sign if k & 1 else 0
    return _new(sign, pow(base, k, mod), 0)


def _decimal_pow(self, other, modulo=None, context=None):
    other = _coerce(other)
    if other is NotImplemented:
        return other
    ctx = _ctx(context)
    if modulo is None:
        r = _pow(self, other, ctx)
    else:
        modulo = _coerce(modulo)
        if modulo is NotImplemented:
            return modulo
        r = _pow_modulo(self, other, modulo, ctx)
    if _ST:
        _report(ctx)
    return r


def _decimal_rpow(self, other, modulo=None, context=None):
    other = _coerce(other)
    if other is NotImplemented:
        return other
    return _decimal_pow(other, self, modulo, context)


Decimal.__pow__ = _decimal_pow
Decimal.__rpow__ = _decimal_rpow
