
# ---------------------------------------------------------------------------
# Rounding (decimal/arith.py: appended to core.py, one module)

# Powers of ten below 10**64, the exponents coefficients are usually cut at.
_P10 = [10 ** _k for _k in range(64)]


def _drop(c, k, sign, rounding):
    """c with its k > 0 lowest digits removed under rounding: (quotient, inexact)."""
    if k < 64:
        p = _P10[k]
    else:
        if k > _nd(c) + 1:
            # Every digit goes and the discarded part is below half of the last place:
            # it decides like "01" would (and 10**k is never built).
            c = 1
            k = 2
        p = 10 ** k
    q, r = divmod(c, p)
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        r2 = 2 * r
        if r2 > p or (r2 == p and q & 1):
            q += 1
    elif rounding == ROUND_HALF_UP:
        if 2 * r >= p:
            q += 1
    elif rounding == ROUND_DOWN:
        pass
    elif rounding == ROUND_UP:
        q += 1
    elif rounding == ROUND_HALF_DOWN:
        if 2 * r > p:
            q += 1
    elif rounding == ROUND_CEILING:
        if not sign:
            q += 1
    elif rounding == ROUND_FLOOR:
        if sign:
            q += 1
    else:  # ROUND_05UP
        if q % 5 == 0:
            q += 1
    return q, True


def _overflow(sign, ctx, rounding):
    global _ST
    _ST |= _OVERFLOW | _INEXACT | _ROUNDED
    if rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (rounding == ROUND_CEILING and not sign) or (rounding == ROUND_FLOOR and sign):
        return _special(sign, 0, 'F')
    prec = ctx._prec
    return _new(sign, 10 ** prec - 1, ctx._Emax - prec + 1)


def _fix(sign, c, e, ctx, rounding):
    """The finite value (sign, c, e) fitted to ctx's precision and exponent range."""
    global _ST
    prec = ctx._prec
    # The common case, decided without counting digits: fewer than prec digits and an
    # exponent in [Emin, Etop], so neither rounding nor a range condition applies.
    if prec < 64 and c < _P10[prec] and ctx._Emin <= e <= ctx._Emax - prec + 1:
        return _new(sign, c, e)
    if c == 0:
        etiny = ctx._Emin - prec + 1
        hi = ctx._Emax - prec + 1 if ctx._clamp else ctx._Emax
        if e < etiny:
            _ST |= _CLAMPED
            e = etiny
        elif e > hi:
            _ST |= _CLAMPED
            e = hi
        return _new(sign, 0, e)
    n = _nd(c)
    if n <= prec and e >= ctx._Emin - prec + 1:
        # Fits: only the upper end of the range needs a look.
        if n + e - 1 > ctx._Emax:
            return _overflow(sign, ctx, rounding)
        if n + e - 1 < ctx._Emin:
            _ST |= _SUBNORMAL
        elif ctx._clamp and e > ctx._Emax - prec + 1:
            top = ctx._Emax - prec + 1
            _ST |= _CLAMPED
            return _new(sign, c * 10 ** (e - top), top)
        return _new(sign, c, e)
    if n + e - 1 > ctx._Emax:
        return _overflow(sign, ctx, rounding)
    etiny = ctx._Emin - prec + 1
    target = n + e - prec
    sub = target < etiny
    if sub:
        target = etiny
    if e < target:
        q, inexact = _drop(c, target - e, sign, rounding)
        if q and _nd(q) > prec:
            q //= 10
            target += 1
        if target > ctx._Emax - prec + 1:
            return _overflow(sign, ctx, rounding)
        st = _ROUNDED
        if inexact:
            st |= _INEXACT
            if sub:
                st |= _UNDERFLOW
        if sub:
            st |= _SUBNORMAL
            if not q:
                st |= _CLAMPED
        _ST |= st
        return _new(sign, q, target)
    if sub:
        _ST |= _SUBNORMAL
    return _new(sign, c, e)


def _fix_nan(d, ctx):
    """A quiet NaN's payload cut to the low digits the context holds (libmpdec's rule)."""
    if d._int and _nd(d._int) > ctx._prec - ctx._clamp:
        return _special(d._sign, d._int % 10 ** (ctx._prec - ctx._clamp), 'n')
    return d


def _nans(a, b, ctx):
    """The NaN result of an operation with a NaN operand (None when there is none)."""
    global _ST
    if a._exp == 'N':
        _ST |= _INVALID
        return _fix_nan(_special(a._sign, a._int, 'n'), ctx)
    if b is not None and b._exp == 'N':
        _ST |= _INVALID
        return _fix_nan(_special(b._sign, b._int, 'n'), ctx)
    if a._exp == 'n':
        return _fix_nan(a, ctx)
    if b is not None and b._exp == 'n':
        return _fix_nan(b, ctx)
    return None


def _invalid(status=_INVALID):
    global _ST
    _ST |= status
    return _NAN


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


def _coerce(other):
    """other as a Decimal for arithmetic, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    return NotImplemented


def _coerce_arg(other):
    """other as a Decimal for a method argument (TypeError for other types)."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)


# ---------------------------------------------------------------------------
# Arithmetic cores: Decimal operands, results fitted, conditions in _ST

def _add(a, b, ctx, bsign):
    """a + b, with bsign standing for b's sign (the subtraction flips it)."""
    rounding = ctx._rounding
    if a._is_special or b._is_special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            if b._exp == 'F' and a._sign != bsign:
                return _invalid()
            return _special(a._sign, 0, 'F')
        return _special(bsign, 0, 'F')
    ac = a._int
    bc = b._int
    ea = a._exp
    eb = b._exp
    if not ac or not bc:
        if not ac and not bc:
            if a._sign != bsign:
                sign = 1 if rounding == ROUND_FLOOR else 0
            else:
                sign = a._sign
            return _fix(sign, 0, ea if ea < eb else eb, ctx, rounding)
        if not ac:
            e = ea if ea < eb else eb
            floor = eb - ctx._prec - 1
            if e < floor:
                e = floor
            return _fix(bsign, bc * 10 ** (eb - e), e, ctx, rounding)
        e = ea if ea < eb else eb
        floor = ea - ctx._prec - 1
        if e < floor:
            e = floor
        return _fix(a._sign, ac * 10 ** (ea - e), e, ctx, rounding)
    if ea != eb:
        d = ea - eb if ea > eb else eb - ea
        if d <= ctx._prec + 1:
            # Close exponents: align exactly (no operand can sit below the rounding digit).
            if ea > eb:
                ac *= _P10[d] if d < 64 else 10 ** d
                e = eb
            else:
                bc *= _P10[d] if d < 64 else 10 ** d
                e = ea
        else:
            # Far apart: an operand entirely below the rounding digit of the other is
            # replaced by a sticky 1 just below it (its exact value cannot change the
            # rounding).
            if ea > eb:
                hi_c, hi_e, lo_c, lo_e = ac, ea, bc, eb
            else:
                hi_c, hi_e, lo_c, lo_e = bc, eb, ac, ea
            nh = _nd(hi_c)
            floor = hi_e + min(-1, nh - ctx._prec - 2)
            if _nd(lo_c) + lo_e - 1 < floor:
                lo_c = 1
                lo_e = floor
            hi_c *= 10 ** (hi_e - lo_e)
            if ea > eb:
                ac, bc = hi_c, lo_c
            else:
                ac, bc = lo_c, hi_c
            e = lo_e
    else:
        e = ea
    if a._sign == bsign:
        return _fix(bsign, ac + bc, e, ctx, rounding)
    if ac >= bc:
        diff = ac - bc
        sign = a._sign
    else:
        diff = bc - ac
        sign = bsign
    if diff == 0:
        sign = 1 if rounding == ROUND_FLOOR else 0
    return _fix(sign, diff, e, ctx, rounding)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            if not b._is_special and not b._int:
                return _invalid()
            return _special(sign, 0, 'F')
        if not a._int:
            return _invalid()
        return _special(sign, 0, 'F')
    c = a._int * b._int
    e = a._exp + b._exp
    prec = ctx._prec
    if prec < 64 and c < _P10[prec] and ctx._Emin <= e <= ctx._Emax - prec + 1:
        return _new(sign, c, e)
    return _fix(sign, c, e, ctx, ctx._rounding)


def _div(a, b, ctx):
    global _ST
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            if b._exp == 'F':
                return _invalid()
            return _special(sign, 0, 'F')
        _ST |= _CLAMPED
        return _new(sign, 0, ctx._Emin - ctx._prec + 1)
    if not b._int:
        if not a._int:
            return _invalid(_DIV_UNDEFINED)
        _ST |= _DIV_BY_ZERO
        return _special(sign, 0, 'F')
    ac = a._int
    ideal = a._exp - b._exp
    if not ac:
        return _fix(sign, 0, ideal, ctx, ctx._rounding)
    bc = b._int
    shift = _nd(bc) - _nd(ac) + ctx._prec + 1
    e = ideal - shift
    if shift >= 0:
        q, r = divmod(ac * 10 ** shift, bc)
    else:
        q, r = divmod(ac, bc * 10 ** -shift)
    if r:
        if q % 5 == 0:
            q += 1
    else:
        # Exact: strip trailing zeros toward the ideal exponent, eight at a time first.
        while e < ideal:
            if ideal - e >= 8 and q % 100000000 == 0:
                q //= 100000000
                e += 8
            elif q % 10 == 0:
                q //= 10
                e += 1
            else:
                break
    return _fix(sign, q, e, ctx, ctx._rounding)


def _divide_int(a, b, ctx):
    """(a // b, a % b) for finite a and nonzero finite b; None when the quotient needs
    more than the precision (DivisionImpossible)."""
    sign = a._sign ^ b._sign
    ideal = a._exp if a._exp < b._exp else b._exp
    if not a._int:
        return _new(sign, 0, 0), _new(a._sign, 0, ideal)
    ea = a._exp
    eb = b._exp
    expdiff = (ea + _nd(a._int)) - (eb + _nd(b._int))
    if expdiff <= -2:
        # |a| < |b|: the quotient is 0 and the remainder a, at the ideal exponent.
        return _new(sign, 0, 0), _new(a._sign, a._int * 10 ** (ea - ideal), ideal)
    if expdiff <= ctx._prec:
        ac = a._int
        bc = b._int
        if ea >= eb:
            ac *= 10 ** (ea - eb)
        else:
            bc *= 10 ** (eb - ea)
        q, r = divmod(ac, bc)
        if q < 10 ** ctx._prec:
            return _new(sign, q, 0), _new(a._sign, r, ideal)
    return None


def _floordiv(a, b, ctx):
    global _ST
    if a._is_special or b._is_special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            if b._exp == 'F':
                return _invalid()
            return _special(a._sign ^ b._sign, 0, 'F')
        return _new(a._sign ^ b._sign, 0, 0)
    if not b._int:
        if not a._int:
            return _invalid(_DIV_UNDEFINED)
        _ST |= _DIV_BY_ZERO
        return _special(a._sign ^ b._sign, 0, 'F')
    qr = _divide_int(a, b, ctx)
    if qr is None:
        return _invalid(_DIV_IMPOSSIBLE)
    q = qr[0]
    return _fix(q._sign, q._int, q._exp, ctx, ctx._rounding)


def _mod(a, b, ctx):
    if a._is_special or b._is_special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            return _invalid()
        return _fix(a._sign, a._int, a._exp, ctx, ctx._rounding)
    if not b._int:
        if not a._int:
            return _invalid(_DIV_UNDEFINED)
        return _invalid()
    qr = _divide_int(a, b, ctx)
    if qr is None:
        return _invalid(_DIV_IMPOSSIBLE)
    r = qr[1]
    return _fix(r._sign, r._int, r._exp, ctx, ctx._rounding)


def _divmod(a, b, ctx):
    global _ST
    if a._is_special or b._is_special:
        r = _nans(a, b, ctx)
        if r is not None:
            return (r, r)
        if a._exp == 'F':
            if b._exp == 'F':
                n = _invalid()
                return (n, n)
            return (_special(a._sign ^ b._sign, 0, 'F'), _invalid())
        return (_new(a._sign ^ b._sign, 0, 0), _fix(a._sign, a._int, a._exp, ctx,
                                                     ctx._rounding))
    if not b._int:
        if not a._int:
            n = _invalid(_DIV_UNDEFINED)
            return (n, n)
        _ST |= _DIV_BY_ZERO | _INVALID
        return (_special(a._sign ^ b._sign, 0, 'F'), _NAN)
    qr = _divide_int(a, b, ctx)
    if qr is None:
        n = _invalid(_DIV_IMPOSSIBLE)
        return (n, n)
    q, r = qr
    return (_fix(q._sign, q._int, q._exp, ctx, ctx._rounding),
            _fix(r._sign, r._int, r._exp, ctx, ctx._rounding))


def _compare_finite(a, b):
    """-1, 0 or 1 for two non-NaN Decimals."""
    if a._is_special or b._is_special:
        ai = (-1 if a._sign else 1) if a._exp == 'F' else 0
        bi = (-1 if b._sign else 1) if b._exp == 'F' else 0
        if ai == bi:
            if ai:
                return 0
        elif ai or bi:
            return 1 if ai > bi else -1
    ac = a._int
    bc = b._int
    if not ac:
        if not bc:
            return 0
        return 1 if b._sign else -1
    if not bc:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    adj_a = _nd(ac) + a._exp
    adj_b = _nd(bc) + b._exp
    if adj_a == adj_b:
        ea = a._exp
        eb = b._exp
        if ea > eb:
            ac *= 10 ** (ea - eb)
        elif eb > ea:
            bc *= 10 ** (eb - ea)
        if ac == bc:
            return 0
        r = 1 if ac > bc else -1
    else:
        r = 1 if adj_a > adj_b else -1
    return -r if a._sign else r


def _total_order(a, b):
    """compare_total's -1, 0, 1 on the representations."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    sign = a._sign

    def rank(d):
        if d._exp == 'n':
            return 3
        if d._exp == 'N':
            return 2
        if d._exp == 'F':
            return 1
        return 0
    ra = rank(a)
    rb = rank(b)
    if ra != rb:
        r = 1 if ra > rb else -1
    elif ra >= 2:
        r = 0 if a._int == b._int else (1 if a._int > b._int else -1)
    elif ra == 1:
        r = 0
    else:
        r = _compare_finite(_copy(a, 0), _copy(b, 0))
        if r == 0 and a._exp != b._exp:
            r = 1 if a._exp > b._exp else -1
    return -r if sign else r


def _cmp_operand(self, other, op):
    """other as a Decimal for a comparison, or NotImplemented; floats are exact."""
    global _ST
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    if isinstance(other, float):
        _ST |= _FLOAT_OP
        if op:
            _report(getcontext())
        else:
            # Equality never raises FloatOperation, only records it.
            getcontext()._flags |= _FLOAT_OP
            _ST = 0
        return _from_float(other)
    return NotImplemented


def _rational(other):
    """(numerator, denominator) of a Fraction-like operand, or None."""
    if type(other).__name__ == 'Fraction' and hasattr(other, 'denominator'):
        return other.numerator, other.denominator
    return None


def _compare_rational(a, nd):
    """Compare a finite or infinite Decimal a with the rational n/d exactly."""
    n, d = nd
    if a._exp == 'F':
        return -1 if a._sign else 1
    v = a._int * d
    e = a._exp
    if e >= 0:
        v *= 10 ** e
    else:
        n *= 10 ** -e
    if a._sign:
        v = -v
    return 0 if v == n else (1 if v > n else -1)


def _richcmp(self, other, op):
    """op: 0 for ==/!=, else an ordering. Returns -1/0/1, None for unordered (NaN),
    or NotImplemented."""
    global _ST
    o = _cmp_operand(self, other, op)
    if o is NotImplemented:
        nd = _rational(other)
        if nd is None:
            return NotImplemented
        if self._isnan():
            o = None
        else:
            return _compare_rational(self, nd)
    if self._is_special or (o is not None and o._is_special):
        snan = self._exp == 'N' or (o is not None and o._exp == 'N')
        if snan or (op and (self._isnan() or o._isnan())):
            _ST |= _INVALID
            _report(getcontext())
            return None
        if self._isnan() or o is None or o._isnan():
            return None
    return _compare_finite(self, o)


def _eq(self, other):
    r = _richcmp(self, other, 0)
    if r is NotImplemented:
        return r
    return r == 0


def _ne(self, other):
    r = _richcmp(self, other, 0)
    if r is NotImplemented:
        return r
    return r != 0


def _lt(self, other):
    r = _richcmp(self, other, 1)
    if r is NotImplemented:
        return r
    return r is not None and r < 0


def _le(self, other):
    r = _richcmp(self, other, 1)
    if r is NotImplemented:
        return r
    return r is not None and r <= 0


def _gt(self, other):
    r = _richcmp(self, other, 1)
    if r is NotImplemented:
        return r
    return r is not None and r > 0


def _ge(self, other):
    r = _richcmp(self, other, 1)
    if r is NotImplemented:
        return r
    return r is not None and r >= 0


Decimal.__eq__ = _eq
Decimal.__ne__ = _ne
Decimal.__lt__ = _lt
Decimal.__le__ = _le
Decimal.__gt__ = _gt
Decimal.__ge__ = _ge


# ---------------------------------------------------------------------------
# Operators

def _binary(core):
    def op(self, other, context=None):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        r = core(self, other, ctx)
        if _ST:
            _report(ctx)
        return r

    def rop(self, other, context=None):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        r = core(other, self, ctx)
        if _ST:
            _report(ctx)
        return r
    return op, rop


def _add_core(a, b, ctx):
    return _add(a, b, ctx, b._sign)


def _sub_core(a, b, ctx):
    if a._is_special or b._is_special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
    return _add(a, b, ctx, 1 - b._sign)


def _decimal_add(self, other, context=None):
    # The hot path of money code: both Decimal, both finite.
    if type(other) is not Decimal:
        other = _coerce(other)
        if other is NotImplemented:
            return other
    ctx = _current if context is None and _current is not None else _ctx(context)
    r = _add(self, other, ctx, other._sign)
    if _ST:
        _report(ctx)
    return r


def _decimal_mul(self, other, context=None):
    if type(other) is not Decimal:
        other = _coerce(other)
        if other is NotImplemented:
            return other
    ctx = _current if context is None and _current is not None else _ctx(context)
    r = _mul(self, other, ctx)
    if _ST:
        _report(ctx)
    return r


Decimal.__add__ = _decimal_add
Decimal.__radd__ = _binary(_add_core)[1]
Decimal.__sub__, Decimal.__rsub__ = _binary(_sub_core)
Decimal.__mul__ = _decimal_mul
Decimal.__rmul__ = _binary(_mul)[1]
Decimal.__truediv__, Decimal.__rtruediv__ = _binary(_div)
Decimal.__floordiv__, Decimal.__rfloordiv__ = _binary(_floordiv)
Decimal.__mod__, Decimal.__rmod__ = _binary(_mod)
Decimal.__divmod__, Decimal.__rdivmod__ = _binary(_divmod)


def _unary_sign(d, ctx, negate):
    if d._is_special:
        r = _nans(d, None, ctx)
        if r is not None:
            return r
        return _special(1 - d._sign if negate else d._sign, 0, 'F')
    if not d._int and ctx._rounding != ROUND_FLOOR:
        sign = 0
    else:
        sign = 1 - d._sign if negate else d._sign
    return _fix(sign, d._int, d._exp, ctx, ctx._rounding)


def _neg(self, context=None):
    ctx = _ctx(context)
    r = _unary_sign(self, ctx, True)
    if _ST:
        _report(ctx)
    return r


def _pos(self, context=None):
    ctx = _ctx(context)
    r = _unary_sign(self, ctx, False)
    if _ST:
        _report(ctx)
    return r


def _abs(self, round=True, context=None):
    ctx = _ctx(context)
    if not round:
        return _copy(self, 0)
    r = _unary_sign(self, ctx, self._sign == 1)
    if _ST:
        _report(ctx)
    return r


Decimal.__neg__ = _neg
Decimal.__pos__ = _pos
Decimal.__abs__ = _abs


# ---------------------------------------------------------------------------
# Quantize and integral values

def _rescale(d, exp, rounding):
    """d at exponent exp, rounded under rounding (no range checks): (result, inexact)."""
    if not d._int:
        return _new(d._sign, 0, exp), False
    if d._exp >= exp:
        return _new(d._sign, d._int * 10 ** (d._exp - exp), exp), False
    q, inexact = _drop(d._int, exp - d._exp, d._sign, rounding)
    return _new(d._sign, q, exp), inexact


def _quantize(a, b, ctx, rounding):
    global _ST
    if a._is_special or b._is_special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F' and b._exp == 'F':
            return a
        return _invalid()
    exp = b._exp
    prec = ctx._prec
    if not (ctx._Emin - prec + 1 <= exp <= ctx._Emax):
        return _invalid()
    c = a._int
    if not c:
        return _fix(a._sign, 0, exp, ctx, rounding)
    ae = a._exp
    if ae >= exp:
        if ae - exp >= prec:
            return _invalid()
        c *= _P10[ae - exp] if ae - exp < 64 else 10 ** (ae - exp)
    else:
        c, inexact = _drop(c, exp - ae, a._sign, rounding)
        _ST |= _ROUNDED | _INEXACT if inexact else _ROUNDED
    if c:
        if prec < 64 and c < _P10[prec] and exp <= ctx._Emax - prec + 1:
            if exp < ctx._Emin and _nd(c) + exp - 1 < ctx._Emin:
                _ST |= _SUBNORMAL
        else:
            nd = _nd(c)
            if nd > prec or nd + exp - 1 > ctx._Emax:
                _ST &= ~(_ROUNDED | _INEXACT)
                return _invalid()
            if nd + exp - 1 < ctx._Emin:
                _ST |= _SUBNORMAL
    return _fix(a._sign, c, exp, ctx, rounding)


def _check_rounding(rounding):
    if rounding is not None and (not isinstance(rounding, str) or
                                 rounding not in _ROUNDINGS):
        raise TypeError(_ROUNDING_MSG)


def _quantize_method(self, exp, rounding=None, context=None):
    if type(exp) is not Decimal:
        exp = _coerce_arg(exp)
    ctx = _current if context is None and _current is not None else _ctx(context)
    if rounding is None:
        rounding = ctx._rounding
    else:
        _check_rounding(rounding)
    r = _quantize(self, exp, ctx, rounding)
    if _ST:
        _report(ctx)
    return r


def _to_integral(self, rounding, ctx, exact):
    global _ST
    if self._is_special:
        r = _nans(self, None, ctx)
        if r is not None:
            return r
        return self
    if self._exp >= 0:
        return self
    if not self._int:
        return _new(self._sign, 0, 0)
    r, inexact = _rescale(self, 0, rounding)
    if exact:
        _ST |= _ROUNDED
        if inexact:
            _ST |= _INEXACT
    return r


def _to_integral_value(self, rounding=None, context=None):
    ctx = _ctx(context)
    _check_rounding(rounding)
    r = _to_integral(self, rounding if rounding is not None else ctx._rounding, ctx, False)
    if _ST:
        _report(ctx)
    return r


def _to_integral_exact(self, rounding=None, context=None):
    ctx = _ctx(context)
    _check_rounding(rounding)
    r = _to_integral(self, rounding if rounding is not None else ctx._rounding, ctx, True)
    if _ST:
        _report(ctx)
    return r


Decimal.quantize = _quantize_method
Decimal.to_integral_value = _to_integral_value
Decimal.to_integral = _to_integral_value
Decimal.to_integral_exact = _to_integral_exact


# ---------------------------------------------------------------------------
# Other methods taking a context

def _method(core, nargs):
    """A Decimal method over core(self, *others, ctx) with context reporting."""
    if nargs == 0:
        def m(self, context=None):
            ctx = _ctx(context)
            r = core(self, ctx)
            if _ST:
                _report(ctx)
            return r
    elif nargs == 1:
        def m(self, other, context=None):
            other = _coerce_arg(other)
            ctx = _ctx(context)
            r = core(self, other, ctx)
            if _ST:
                _report(ctx)
            return r
    else:
        def m(self, other, third, context=None):
            other = _coerce_arg(other)
            third = _coerce_arg(third)
            ctx = _ctx(context)
            r = core(self, other, third, ctx)
            if _ST:
                _report(ctx)
            return r
    return m


def _normalize(a, ctx):
    if a._is_special:
        r = _nans(a, None, ctx)
        return r if r is not None else a
    d = _fix(a._sign, a._int, a._exp, ctx, ctx._rounding)
    if d._is_special:
        return d
    if not d._int:
        return _new(d._sign, 0, 0)
    c = d._int
    e = d._exp
    top = ctx._Emax if not ctx._clamp else ctx._Emax - ctx._prec + 1
    while c % 10 == 0 and e < top:
        c //= 10
        e += 1
    return _new(d._sign, c, e)


def _compare(a, b, ctx):
    if a._is_special or b._is_special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
    return _from_int(_compare_finite(a, b))


def _compare_signal(a, b, ctx):
    global _ST
    if a._isnan() or b._isnan():
        _ST |= _INVALID
        r = _nans(a, b, ctx)
        return r
    return _from_int(_compare_finite(a, b))


def _minmax(a, b, ctx, want_max, mag):
    global _ST
    if a._is_special or b._is_special:
        an = a._isnan()
        bn = b._isnan()
        if an or bn:
            # A quiet NaN loses against a number.
            if an and not bn and a._exp == 'n':
                return _fix(b._sign, b._int, b._exp, ctx, ctx._rounding) \
                    if not b._is_special else b
            if bn and not an and b._exp == 'n':
                return _fix(a._sign, a._int, a._exp, ctx, ctx._rounding) \
                    if not a._is_special else a
            return _nans(a, b, ctx)
    if mag:
        c = _compare_finite(_copy(a, 0), _copy(b, 0))
        if c == 0:
            c = _compare_finite(a, b)
    else:
        c = _compare_finite(a, b)
    if c == 0:
        c = _total_order(a, b)
    if want_max:
        r = a if c >= 0 else b
    else:
        r = a if c <= 0 else b
    if r._is_special:
        return r
    return _fix(r._sign, r._int, r._exp, ctx, ctx._rounding)


Decimal.normalize = _method(_normalize, 0)
Decimal.compare = _method(_compare, 1)
Decimal.compare_signal = _method(_compare_signal, 1)
Decimal.max = _method(lambda a, b, ctx: _minmax(a, b, ctx, True, False), 1)
Decimal.min = _method(lambda a, b, ctx: _minmax(a, b, ctx, False, False), 1)
Decimal.max_mag = _method(lambda a, b, ctx: _minmax(a, b, ctx, True, True), 1)
Decimal.min_mag = _method(lambda a, b, ctx: _minmax(a, b, ctx, False, True), 1)


def _fma(a, b, c, ctx):
    if a._is_special or b._is_special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
        if c._exp == 'N':
            return _nans(c, None, ctx)
        if (a._exp == 'F' and not b._is_special and not b._int) or \
                (b._exp == 'F' and not a._is_special and not a._int):
            return _invalid()
        product = _special(a._sign ^ b._sign, 0, 'F')
    else:
        if c._is_special:
            r = _nans(c, None, ctx)
            if r is not None:
                return r
        product = _new(a._sign ^ b._sign, a._int * b._int, a._exp + b._exp)
    return _add(product, c, ctx, c._sign)


Decimal.fma = _method(_fma, 2)


def _next_plus(a, ctx):
    return _next(a, ctx, 0)


def _next_minus(a, ctx):
    return _next(a, ctx, 1)


def _next(a, ctx, toward_neg):
    """The next representable value up (toward_neg 0) or down."""
    global _ST
    if a._is_special:
        r = _nans(a, None, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            if a._sign == toward_neg:
                return a
            prec = ctx._prec
            return _new(a._sign, 10 ** prec - 1, ctx._Emax - prec + 1)
    saved = _ST
    rounding = ROUND_FLOOR if toward_neg else ROUND_CEILING
    # A value the context cannot hold rounds to its neighbour that way; one it holds
    # moves by a step below the smallest quantum and rounds the same way.
    r = _fix(a._sign, a._int, a._exp, ctx, rounding)
    if not r._is_special and _compare_finite(r, a) == 0:
        tiny = _new(toward_neg, 1, ctx._Emin - ctx._prec)
        tmp = ctx.copy()
        object.__setattr__(tmp, '_rounding', rounding)
        r = _add(a, tiny, tmp, toward_neg)
    _ST = saved
    return r


Decimal.next_plus = _method(_next_plus, 0)
Decimal.next_minus = _method(_next_minus, 0)


def _next_toward(a, b, ctx):
    global _ST
    if a._is_special or b._is_special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
    c = _compare_finite(a, b)
    if c == 0:
        return _copy(a, b._sign)
    r = _next(a, ctx, 1 if c > 0 else 0)
    if r._exp == 'F':
        _ST |= _OVERFLOW | _INEXACT | _ROUNDED
    elif not r._is_special:
        if r.adjusted() < ctx._Emin:
            _ST |= _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
            if not r._int:
                _ST |= _CLAMPED
    return r


Decimal.next_toward = _method(_next_toward, 1)


def _remainder_near(a, b, ctx):
    global _ST
    if a._is_special or b._is_special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            return _invalid()
        return _fix(a._sign, a._int, a._exp, ctx, ctx._rounding)
    if not b._int:
        if not a._int:
            return _invalid(_DIV_UNDEFINED)
        return _invalid()
    ideal = a._exp if a._exp < b._exp else b._exp
    if not a._int:
        return _fix(a._sign, 0, ideal, ctx, ctx._rounding)
    expdiff = (a._exp + _nd(a._int)) - (b._exp + _nd(b._int))
    if expdiff >= ctx._prec + 1:
        return _invalid(_DIV_IMPOSSIBLE)
    if expdiff <= -2:
        return _fix(a._sign, a._int * 10 ** (a._exp - ideal), ideal, ctx, ctx._rounding)
    ac = a._int * 10 ** (a._exp - ideal)
    bc = b._int * 10 ** (b._exp - ideal)
    q, r = divmod(ac, bc)
    if 2 * r + (q & 1) > bc:
        r -= bc
        q += 1
    if q >= 10 ** ctx._prec:
        return _invalid(_DIV_IMPOSSIBLE)
    sign = a._sign
    if r < 0:
        sign = 1 - sign
        r = -r
    return _fix(sign, r, ideal, ctx, ctx._rounding)


Decimal.remainder_near = _method(_remainder_near, 1)


def _logb(a, ctx):
    global _ST
    if a._is_special:
        r = _nans(a, None, ctx)
        if r is not None:
            return r
        return _special(0, 0, 'F')
    if not a._int:
        _ST |= _DIV_BY_ZERO
        return _special(1, 0, 'F')
    return _fix_int(a.adjusted(), ctx)


def _fix_int(v, ctx):
    d = _from_int(v)
    return _fix(d._sign, d._int, 0, ctx, ctx._rounding)


Decimal.logb = _method(_logb, 0)


def _int_operand(b, ctx, lo, hi):
    """b as an int in [lo, hi] for scaleb/shift/rotate, or None (InvalidOperation)."""
    if b._is_special or b._exp != 0:
        return None
    v = -b._int if b._sign else b._int
    if not lo <= v <= hi:
        return None
    return v


def _scaleb(a, b, ctx):
    if a._is_special or b._is_special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
    lim = 2 * (ctx._Emax + ctx._prec)
    v = _int_operand(b, ctx, -lim, lim)
    if v is None:
        return _invalid()
    if a._is_special:
        return a
    return _fix(a._sign, a._int, a._exp + v, ctx, ctx._rounding)


def _shift(a, b, ctx):
    if a._is_special or b._is_special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
    prec = ctx._prec
    v = _int_operand(b, ctx, -prec, prec)
    if v is None:
        return _invalid()
    if a._is_special:
        return a
    c = a._int % 10 ** prec
    if v >= 0:
        c = c * 10 ** v % 10 ** prec
    else:
        c //= 10 ** -v
    return _new(a._sign, c, a._exp)


def _rotate(a, b, ctx):
    if a._is_special or b._is_special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
    prec = ctx._prec
    v = _int_operand(b, ctx, -prec, prec)
    if v is None:
        return _invalid()
    if a._is_special:
        return a
    c = a._int % 10 ** prec
    v %= prec
    m = 10 ** prec
    hi, lo = divmod(c * 10 ** v, m)
    return _new(a._sign, lo + hi, a._exp)


Decimal.scaleb = _method(_scaleb, 1)
Decimal.shift = _method(_shift, 1)
Decimal.rotate = _method(_rotate, 1)


def _logical_digits(d):
    """d's coefficient digits when d is a logical operand (0/1 digits, sign 0,
    exponent 0), else None."""
    if d._is_special or d._sign or d._exp != 0:
        return None
    s = _digits(d._int)
    for ch in s:
        if ch != '0' and ch != '1':
            return None
    return s


def _logical(a, b, ctx, fn):
    sa = _logical_digits(a)
    sb = _logical_digits(b)
    if sa is None or sb is None:
        return _invalid()
    prec = ctx._prec
    sa = sa.rjust(prec, '0')[-prec:]
    sb = sb.rjust(prec, '0')[-prec:]
    out = ''.join('1' if fn(x == '1', y == '1') else '0' for x, y in zip(sa, sb))
    return _new(0, _int_of(out), 0)


Decimal.logical_and = _method(lambda a, b, ctx: _logical(a, b, ctx, lambda x, y: x and y), 1)
Decimal.logical_or = _method(lambda a, b, ctx: _logical(a, b, ctx, lambda x, y: x or y), 1)
Decimal.logical_xor = _method(lambda a, b, ctx: _logical(a, b, ctx, lambda x, y: x != y), 1)
Decimal.logical_invert = _method(
    lambda a, ctx: _logical(a, _new(0, _int_of('1' * ctx._prec), 0), ctx, lambda x, y: x != y),
    0)
