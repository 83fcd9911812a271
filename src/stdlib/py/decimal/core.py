"""Decimal fixed and floating point arithmetic (CPython 3.11's `decimal`, same results).

The General Decimal Arithmetic specification as CPython's C `_decimal` (libmpdec)
implements it: its reprs, its signal lists (`[<class 'decimal.DivisionByZero'>]`), its
messages. A finite Decimal is a sign, a coefficient held as an int (pyrite's int is a big
int, so coefficient arithmetic is one int operation) and an exponent. Every operation
collects its conditions in a bit set (`_ST`) and reports them once at its end
(`_report`): flags are set, then the first trapped signal in libmpdec's order is raised
with the list of trapped conditions, as `dec_addstatus` does. `exp`, `ln`, `log10` and
non-integral powers are computed in integer fixed point with an error bound and widened
until the bound decides the rounding (correctly rounded, as libmpdec's).
"""

import math as _math

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
    'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
    'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN',
    'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

HAVE_THREADS = True
HAVE_CONTEXTVAR = True
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


# ---------------------------------------------------------------------------
# Signals and conditions

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


for _c in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
           DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded,
           Subnormal, Overflow, Underflow, FloatOperation):
    _c.__module__ = 'decimal'

# Condition bits. The first five are the conditions of the InvalidOperation signal.
_INVALID = 1
_CONVERSION = 2
_DIV_IMPOSSIBLE = 4
_DIV_UNDEFINED = 8
_INVALID_CONTEXT = 16
_FLOAT_OP = 32
_DIV_BY_ZERO = 64
_OVERFLOW = 128
_UNDERFLOW = 256
_SUBNORMAL = 512
_INEXACT = 1024
_ROUNDED = 2048
_CLAMPED = 4096
_INVALID_ANY = 31

# libmpdec's signal order (flags_as_exception, the SignalDict's order) and masks.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped)
_SIGNAL_MASKS = (_INVALID_ANY, _FLOAT_OP, _DIV_BY_ZERO, _OVERFLOW, _UNDERFLOW, _SUBNORMAL,
                 _INEXACT, _ROUNDED, _CLAMPED)
# flags_as_list's order: the InvalidOperation conditions, then the other signals.
_CONDITIONS = ((_INVALID, InvalidOperation), (_CONVERSION, ConversionSyntax),
               (_DIV_IMPOSSIBLE, DivisionImpossible), (_DIV_UNDEFINED, DivisionUndefined),
               (_INVALID_CONTEXT, InvalidContext), (_FLOAT_OP, FloatOperation),
               (_DIV_BY_ZERO, DivisionByZero), (_OVERFLOW, Overflow),
               (_UNDERFLOW, Underflow), (_SUBNORMAL, Subnormal), (_INEXACT, Inexact),
               (_ROUNDED, Rounded), (_CLAMPED, Clamped))

_REPR_ORDER = ((Clamped, _CLAMPED), (InvalidOperation, _INVALID_ANY),
               (DivisionByZero, _DIV_BY_ZERO), (Inexact, _INEXACT),
               (FloatOperation, _FLOAT_OP), (Overflow, _OVERFLOW), (Rounded, _ROUNDED),
               (Subnormal, _SUBNORMAL), (Underflow, _UNDERFLOW))

_SIGNALS_MSG = ("valid values for signals are:\n"
                "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                "   Clamped]")
_ROUNDING_MSG = ("valid values for rounding are:\n"
                 "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                 "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                 "   ROUND_05UP]")

# Conditions raised by the operation in progress (reset by each public operation).
_ST = 0


def _signal_mask(sig):
    i = 0
    for s in _SIGNALS:
        if s is sig:
            return _SIGNAL_MASKS[i]
        i += 1
    raise KeyError(_SIGNALS_MSG)


def _report(ctx):
    """Record the pending conditions in ctx's flags; raise the first trapped signal."""
    global _ST
    st = _ST
    _ST = 0
    ctx._flags |= st
    trapped = st & ctx._traps
    if trapped:
        raised = None
        i = 0
        for m in _SIGNAL_MASKS:
            if trapped & m:
                raised = _SIGNALS[i]
                break
            i += 1
        raise raised([c for bit, c in _CONDITIONS if trapped & bit])


# ---------------------------------------------------------------------------
# Context

class _SignalDict:
    """A context's flags or traps: a mapping from each signal to a bool."""
    __slots__ = ('_ctx', '_traps')

    def __init__(self, ctx, traps):
        self._ctx = ctx
        self._traps = traps

    def _bits(self):
        return self._ctx._traps if self._traps else self._ctx._flags

    def __getitem__(self, sig):
        return bool(self._bits() & _signal_mask(sig))

    def __setitem__(self, sig, value):
        mask = _signal_mask(sig)
        bits = self._bits()
        if value:
            bits |= mask if self._traps or mask != _INVALID_ANY else _INVALID
        else:
            bits &= ~mask
        if self._traps:
            self._ctx._traps = bits
        else:
            self._ctx._flags = bits

    def __delitem__(self, sig):
        raise ValueError('signal keys cannot be deleted')

    def __len__(self):
        return len(_SIGNALS)

    def __iter__(self):
        return iter(_SIGNALS)

    def __contains__(self, sig):
        return sig in _SIGNALS

    def keys(self):
        return _SignalView(self, 0)

    def values(self):
        return _SignalView(self, 1)

    def items(self):
        return _SignalView(self, 2)

    # CPython's SignalDict is a MutableMapping whose deletion refuses: the mixins look the
    # key up first (KeyError for a non-signal), then fail in __delitem__.
    def pop(self, sig, *default):
        if len(default) > 1:
            raise TypeError('pop expected at most 2 arguments, got %d' % (len(default) + 1))
        if sig not in _SIGNALS and default:
            return default[0]
        self[sig]
        del self[sig]

    def popitem(self):
        del self[_SIGNALS[0]]

    def clear(self):
        self.popitem()

    def get(self, sig, default=None):
        if sig in _SIGNALS:
            return self[sig]
        return default

    def copy(self):
        return {s: self[s] for s in _SIGNALS}

    def update(self, other=(), **kw):
        pairs = other.items() if hasattr(other, 'items') else other
        for sig, value in pairs:
            self[sig] = value

    def setdefault(self, sig, default=None):
        return self[sig]

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self.copy() == other.copy()
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    def __repr__(self):
        parts = ["<class 'decimal.%s'>:%s" % (s.__name__, self[s]) for s in _SIGNALS]
        return '{' + ', '.join(parts) + '}'


class _SignalView:
    """keys(), values() or items() of a SignalDict: a live view, as collections.abc's."""
    __slots__ = ('_mapping', '_kind')

    def __init__(self, mapping, kind):
        self._mapping = mapping
        self._kind = kind

    def __len__(self):
        return len(_SIGNALS)

    def __iter__(self):
        m = self._mapping
        if self._kind == 0:
            return iter(_SIGNALS)
        if self._kind == 1:
            return iter([m[s] for s in _SIGNALS])
        return iter([(s, m[s]) for s in _SIGNALS])

    def __contains__(self, item):
        return item in list(self)

    def __repr__(self):
        return '%s(%r)' % (('KeysView', 'ValuesView', 'ItemsView')[self._kind], self._mapping)


_SignalDict.__name__ = 'SignalDict'
_SignalDict.__qualname__ = 'SignalDict'
_SignalDict.__module__ = 'abc'
_SignalDict.__hash__ = None


def _signals_from(value, what):
    """Condition bits from a list of signals or a dict of all signals to bools."""
    if isinstance(value, (dict, _SignalDict)):
        if len(value) != len(_SIGNALS):
            raise KeyError('invalid signal dict')
        bits = 0
        for sig in _SIGNALS:
            if sig not in value:
                raise KeyError('invalid signal dict')
            if value[sig]:
                bits |= _signal_mask(sig)
        return bits
    bits = 0
    for sig in value:
        bits |= _signal_mask(sig)
    return bits


def _check_int(v):
    if not isinstance(v, int):
        raise TypeError('an integer is required')
    return v


class Context(object):
    """The precision, rounding, exponent limits, flags and traps of operations."""
    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals', '_clamp',
                 '_flags', '_traps', '_flags_view', '_traps_view')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = DefaultContext if _DEFAULT_READY else None
        object.__setattr__(self, '_prec', base._prec if base else 28)
        object.__setattr__(self, '_rounding', base._rounding if base else ROUND_HALF_EVEN)
        object.__setattr__(self, '_Emin', base._Emin if base else -999999)
        object.__setattr__(self, '_Emax', base._Emax if base else 999999)
        object.__setattr__(self, '_capitals', base._capitals if base else 1)
        object.__setattr__(self, '_clamp', base._clamp if base else 0)
        object.__setattr__(self, '_flags', 0)
        object.__setattr__(self, '_traps', base._traps if base else
                           _INVALID_ANY | _DIV_BY_ZERO | _OVERFLOW)
        object.__setattr__(self, '_flags_view', _SignalDict(self, False))
        object.__setattr__(self, '_traps_view', _SignalDict(self, True))
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            object.__setattr__(self, '_flags', _signals_from(flags, 'flags'))
        if traps is not None:
            object.__setattr__(self, '_traps', _signals_from(traps, 'traps'))

    def __setattr__(self, name, value):
        if name == 'prec':
            _check_int(value)
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
            object.__setattr__(self, '_prec', value)
        elif name == 'rounding':
            if value not in _ROUNDINGS or not isinstance(value, str):
                raise TypeError(_ROUNDING_MSG)
            object.__setattr__(self, '_rounding', value)
        elif name == 'Emin':
            _check_int(value)
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
            object.__setattr__(self, '_Emin', value)
        elif name == 'Emax':
            _check_int(value)
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
            object.__setattr__(self, '_Emax', value)
        elif name == 'capitals':
            _check_int(value)
            if value not in (0, 1):
                raise ValueError('valid values for capitals are 0 or 1')
            object.__setattr__(self, '_capitals', value)
        elif name == 'clamp':
            _check_int(value)
            if value not in (0, 1):
                raise ValueError('valid values for clamp are 0 or 1')
            object.__setattr__(self, '_clamp', value)
        elif name == 'flags':
            object.__setattr__(self, '_flags', _signals_from(value, 'flags'))
        elif name == 'traps':
            object.__setattr__(self, '_traps', _signals_from(value, 'traps'))
        elif name in ('_flags', '_traps'):
            object.__setattr__(self, name, value)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    prec = property(lambda self: self._prec)
    rounding = property(lambda self: self._rounding)
    Emin = property(lambda self: self._Emin)
    Emax = property(lambda self: self._Emax)
    capitals = property(lambda self: self._capitals)
    clamp = property(lambda self: self._clamp)
    flags = property(lambda self: self._flags_view)
    traps = property(lambda self: self._traps_view)

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def _signal_names(self, bits):
        # libmpdec prints signals in the order of its status bits.
        return '[' + ', '.join(s.__name__ for s, m in _REPR_ORDER if bits & m) + ']'

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=%s, traps=%s)' % (
                    self._prec, self._rounding, self._Emin, self._Emax, self._capitals,
                    self._clamp, self._signal_names(self._flags),
                    self._signal_names(self._traps)))

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        c = Context.__new__(Context)
        for name in ('_prec', '_rounding', '_Emin', '_Emax', '_capitals', '_clamp',
                     '_flags', '_traps'):
            object.__setattr__(c, name, getattr(self, name))
        object.__setattr__(c, '_flags_view', _SignalDict(c, False))
        object.__setattr__(c, '_traps_view', _SignalDict(c, True))
        return c

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax,
                          self._capitals, self._clamp,
                          [s for s, m in zip(_SIGNALS, _SIGNAL_MASKS) if self._flags & m],
                          [s for s, m in zip(_SIGNALS, _SIGNAL_MASKS) if self._traps & m]))

    def _quiet(self):
        """A copy without traps or flags, for computations whose conditions are dropped."""
        c = self.copy()
        object.__setattr__(c, '_traps', 0)
        return c

    # Conversions.
    def create_decimal(self, num='0'):
        global _ST
        if isinstance(num, str):
            # Unlike the constructor, no surrounding whitespace and no underscores.
            if num != num.strip() or '_' in num:
                _ST |= _CONVERSION
                d = _NAN
            else:
                d = _parse(num, self)
            if d._is_special and d._exp != 'F':
                if d._int and _nd(d._int) > self._prec - self._clamp:
                    _ST |= _CONVERSION
                    d = _NAN
            else:
                d = _fix_special_or(d, self)
            _report(self)
            return d
        d = Decimal(num, self)
        if d._is_special:
            if d._exp != 'F' and d._int and _nd(d._int) > self._prec - self._clamp:
                _ST |= _CONVERSION
                d = _NAN
        else:
            d = _fix(d._sign, d._int, d._exp, self, self._rounding)
        _report(self)
        return d

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        if not d._is_special:
            d = _fix(d._sign, d._int, d._exp, self, self._rounding)
        _report(self)
        return d

    # Operations, each the Decimal method with this context.
    def abs(self, a):
        return _operand(a).__abs__(context=self)

    def add(self, a, b):
        return _ctx_binary(self, '__add__', a, b, '+')

    def subtract(self, a, b):
        return _ctx_binary(self, '__sub__', a, b, '-')

    def multiply(self, a, b):
        return _ctx_binary(self, '__mul__', a, b, '*')

    def divide(self, a, b):
        return _ctx_binary(self, '__truediv__', a, b, '/')

    def divide_int(self, a, b):
        return _ctx_binary(self, '__floordiv__', a, b, '//')

    def remainder(self, a, b):
        return _ctx_binary(self, '__mod__', a, b, '%')

    def divmod(self, a, b):
        return _ctx_binary(self, '__divmod__', a, b, 'divmod()')

    def power(self, a, b, modulo=None):
        a = _operand(a)
        r = a.__pow__(b, modulo, context=self)
        if r is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(b).__name__)
        return r

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def compare(self, a, b):
        return _operand(a).compare(b, context=self)

    def compare_signal(self, a, b):
        return _operand(a).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return _operand(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return _operand(a).compare_total_mag(b)

    def copy_abs(self, a):
        return _operand(a).copy_abs()

    def copy_decimal(self, a):
        return _operand(a)

    def copy_negate(self, a):
        return _operand(a).copy_negate()

    def copy_sign(self, a, b):
        return _operand(a).copy_sign(b)

    def exp(self, a):
        return _operand(a).exp(context=self)

    def fma(self, a, b, c):
        return _operand(a).fma(b, c, context=self)

    def is_canonical(self, a):
        return _operand(a).is_canonical()

    def is_finite(self, a):
        return _operand(a).is_finite()

    def is_infinite(self, a):
        return _operand(a).is_infinite()

    def is_nan(self, a):
        return _operand(a).is_nan()

    def is_normal(self, a):
        return _operand(a).is_normal(context=self)

    def is_qnan(self, a):
        return _operand(a).is_qnan()

    def is_signed(self, a):
        return _operand(a).is_signed()

    def is_snan(self, a):
        return _operand(a).is_snan()

    def is_subnormal(self, a):
        return _operand(a).is_subnormal(context=self)

    def is_zero(self, a):
        return _operand(a).is_zero()

    def ln(self, a):
        return _operand(a).ln(context=self)

    def log10(self, a):
        return _operand(a).log10(context=self)

    def logb(self, a):
        return _operand(a).logb(context=self)

    def logical_and(self, a, b):
        return _operand(a).logical_and(b, context=self)

    def logical_invert(self, a):
        return _operand(a).logical_invert(context=self)

    def logical_or(self, a, b):
        return _operand(a).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return _operand(a).logical_xor(b, context=self)

    def max(self, a, b):
        return _operand(a).max(b, context=self)

    def max_mag(self, a, b):
        return _operand(a).max_mag(b, context=self)

    def min(self, a, b):
        return _operand(a).min(b, context=self)

    def min_mag(self, a, b):
        return _operand(a).min_mag(b, context=self)

    def minus(self, a):
        return _operand(a).__neg__(context=self)

    def plus(self, a):
        return _operand(a).__pos__(context=self)

    def next_minus(self, a):
        return _operand(a).next_minus(context=self)

    def next_plus(self, a):
        return _operand(a).next_plus(context=self)

    def next_toward(self, a, b):
        return _operand(a).next_toward(b, context=self)

    def normalize(self, a):
        return _operand(a).normalize(context=self)

    def number_class(self, a):
        return _operand(a).number_class(context=self)

    def quantize(self, a, b):
        return _operand(a).quantize(b, context=self)

    def radix(self):
        return Decimal(10)

    def remainder_near(self, a, b):
        return _operand(a).remainder_near(b, context=self)

    def rotate(self, a, b):
        return _operand(a).rotate(b, context=self)

    def same_quantum(self, a, b):
        return _operand(a).same_quantum(b)

    def scaleb(self, a, b):
        return _operand(a).scaleb(b, context=self)

    def shift(self, a, b):
        return _operand(a).shift(b, context=self)

    def sqrt(self, a):
        return _operand(a).sqrt(context=self)

    def to_eng_string(self, a):
        return _operand(a).to_eng_string(context=self)

    def to_sci_string(self, a):
        return _operand(a).__str__(context=self)

    def to_integral_exact(self, a):
        return _operand(a).to_integral_exact(context=self)

    def to_integral_value(self, a):
        return _operand(a).to_integral_value(context=self)

    to_integral = to_integral_value


Context.__pyrite_tp_name__ = 'decimal.Context'
Context.__pyrite_dir_hidden__ = ('flags', 'traps')
Context.__pyrite_dir_shown__ = ('__module__',)
Context.__module__ = 'decimal'


def _operand(a):
    if isinstance(a, Decimal):
        return a
    if isinstance(a, int):
        return _from_int(a)
    raise TypeError('conversion from %s to Decimal is not supported' % type(a).__name__)


def _ctx_binary(ctx, method, a, b, sym):
    a = _operand(a)
    r = getattr(a, method)(b, context=ctx)
    if r is NotImplemented:
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(b).__name__)
    return r


_DEFAULT_READY = False
DefaultContext = Context()
_DEFAULT_READY = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped,
                              Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_current = None


def getcontext():
    """The current context of this engine (a copy of DefaultContext at first)."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    """Make context the current context."""
    global _current
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or \
            context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current = context


class _ContextManager(object):
    __slots__ = ('new_context', 'saved_context')

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


_ContextManager.__name__ = 'ContextManager'
_ContextManager.__qualname__ = 'ContextManager'
_ContextManager.__module__ = 'decimal'


def localcontext(ctx=None, **kwargs):
    """A context manager making a copy of ctx (or the current context) current."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    ctx = ctx.copy()
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags',
                       'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(ctx, key, value)
    return _ContextManager(ctx)


# ---------------------------------------------------------------------------
# Decimal

class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent)"""
    __slots__ = ()

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % tuple(self)

    def _asdict(self):
        return {'sign': self[0], 'digits': self[1], 'exponent': self[2]}

    def _replace(self, **kw):
        d = self._asdict()
        d.update(kw)
        return DecimalTuple(d['sign'], d['digits'], d['exponent'])

    _fields = ('sign', 'digits', 'exponent')


DecimalTuple.__module__ = 'decimal'

_new_obj = object.__new__
_set = object.__setattr__


def _from_int(v):
    d = _new_obj(Decimal)
    if v < 0:
        _set(d, '_sign', 1)
        _set(d, '_int', -v)
    else:
        _set(d, '_sign', 0)
        _set(d, '_int', v)
    _set(d, '_exp', 0)
    _set(d, '_is_special', False)
    return d


def _new(sign, coef, exp):
    d = _new_obj(Decimal)
    _set(d, '_sign', sign)
    _set(d, '_int', coef)
    _set(d, '_exp', exp)
    _set(d, '_is_special', False)
    return d


def _special(sign, payload, kind):
    d = _new_obj(Decimal)
    _set(d, '_sign', sign)
    _set(d, '_int', payload)
    _set(d, '_exp', kind)
    _set(d, '_is_special', True)
    return d


# int <-> str conversions of more than 4300 digits raise ValueError (CPython's limit, which
# pyrite keeps); coefficients can be longer, so long ones are converted in halves.
_SHORT = 10 ** 18
_CHUNK = 4000
_P10_CACHE = {}


def _pow10(n):
    v = _P10_CACHE.get(n)
    if v is None:
        v = 10 ** n
        if len(_P10_CACHE) < 64:
            _P10_CACHE[n] = v
    return v


def _nd(c):
    """Number of digits of the coefficient c (1 for 0)."""
    if c < _SHORT:
        return len(str(c))
    # 1233 / 4096 is just below log10(2): an estimate within a digit or two, then fixed.
    n = (c.bit_length() * 1233) >> 12
    while c >= _pow10(n):
        n += 1
    while n > 1 and c < _pow10(n - 1):
        n -= 1
    return n


def _digits(c):
    """The decimal digits of c >= 0, at any length."""
    n = _nd(c)
    if n <= _CHUNK:
        return str(c)
    half = n // 2
    hi, lo = divmod(c, _pow10(half))
    return _digits(hi) + _digits(lo).rjust(half, '0')


def _int_of(s):
    """The int of a string of decimal digits, at any length."""
    if len(s) <= _CHUNK:
        return int(s)
    half = len(s) // 2
    return _int_of(s[:-half]) * _pow10(half) + _int_of(s[-half:])


def _is_digits(s):
    return s == '' or s.isdecimal()


def _parse(text, ctx):
    """A Decimal from a numeric string; ConversionSyntax gives NaN (and is recorded)."""
    global _ST
    s = text.strip()
    if '_' in s:
        s = s.replace('_', '')
    sign = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    # Plain digits with an optional point: the common literal, taken at once.
    dot = s.find('.')
    if dot < 0:
        if s.isdecimal():
            return _new(sign, _int_of(s), 0)
    else:
        ip = s[:dot]
        fp = s[dot + 1:]
        if (ip or fp) and (ip == '' or ip.isdecimal()) and (fp == '' or fp.isdecimal()):
            return _new(sign, _int_of(ip + fp), -len(fp))
    low = s.lower()
    if low in ('inf', 'infinity'):
        return _special(sign, 0, 'F')
    kind = None
    if low[:3] == 'nan':
        kind, rest = 'n', s[3:]
    elif low[:4] == 'snan':
        kind, rest = 'N', s[4:]
    if kind is not None:
        if rest == '':
            return _special(sign, 0, kind)
        if _is_digits(rest):
            return _special(sign, _int_of(rest), kind)
        _ST |= _CONVERSION
        return _NAN
    mant = s
    exp = 0
    epos = low.find('e')
    if epos >= 0:
        mant = s[:epos]
        es = s[epos + 1:]
        esign = 1
        if es[:1] in ('+', '-'):
            esign = -1 if es[0] == '-' else 1
            es = es[1:]
        if es == '' or not _is_digits(es):
            _ST |= _CONVERSION
            return _NAN
        exp = esign * _int_of(es)
    dot = mant.find('.')
    if dot >= 0:
        ip = mant[:dot]
        fp = mant[dot + 1:]
    else:
        ip = mant
        fp = ''
    if (ip == '' and fp == '') or not _is_digits(ip) or not _is_digits(fp):
        _ST |= _CONVERSION
        return _NAN
    return _new(sign, _int_of(ip + fp) if ip or fp else 0, exp - len(fp))


def _fix_special_or(d, ctx):
    if d._is_special:
        return d
    return _fix(d._sign, d._int, d._exp, ctx, ctx._rounding)


# The instance attributes that hold a Decimal's value: never a subclass's own.
_REPRESENTATION = frozenset(('_sign', '_int', '_exp', '_is_special'))


class Decimal(object):
    """Floating point class for decimal arithmetic."""
    # No __slots__: pyrite reads and writes shaped instance attributes several times
    # faster than slots. Decimals stay immutable through __setattr__; the module's own
    # constructors write with object.__setattr__.

    def __setattr__(self, name, value):
        if name == 'real' or name == 'imag':
            raise AttributeError("attribute '%s' of 'decimal.Decimal' objects is not writable"
                                 % name)
        if type(self) is not Decimal:
            # A subclass defined in Python has an instance dict, as in CPython.
            if name in _REPRESENTATION:
                raise NotImplementedError(
                    "attribute '%s' of a Decimal subclass instance is not supported" % name)
            object.__setattr__(self, name, value)
            return
        raise AttributeError("'decimal.Decimal' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        if type(self) is not Decimal:
            if name in _REPRESENTATION:
                raise NotImplementedError(
                    "attribute '%s' of a Decimal subclass instance is not supported" % name)
            object.__delattr__(self, name)
            return
        raise AttributeError("'decimal.Decimal' object has no attribute '%s'" % name)

    # The C type has no instance dict: vars() and __dict__ refuse as there. A subclass's
    # instances have one in CPython, holding only what the script stored; ours also holds
    # the representation, so showing it would print what CPython does not: refused.
    @property
    def __dict__(self):
        if type(self) is not Decimal:
            raise NotImplementedError('__dict__ of a Decimal subclass instance is not supported')
        raise AttributeError("'decimal.Decimal' object has no attribute '__dict__'")

    def __new__(cls, value='0', context=None):
        global _ST
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        t = type(value)
        if t is int:
            d = _from_int(value)
            if cls is Decimal:
                return d
        elif t is str:
            d = _parse(value, context)
            if _ST:
                _report(context if context is not None else getcontext())
        elif isinstance(value, Decimal):
            d = value
            if cls is Decimal:
                return d
        elif isinstance(value, int):
            d = _from_int(int(value))
        elif isinstance(value, str):
            d = _parse(str(value), context)
            if _ST:
                _report(context if context is not None else getcontext())
        elif isinstance(value, float):
            ctx = context if context is not None else getcontext()
            _ST |= _FLOAT_OP
            _report(ctx)
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        if cls is Decimal:
            return d
        r = _new_obj(cls)
        _set(r, '_sign', d._sign)
        _set(r, '_int', d._int)
        _set(r, '_exp', d._exp)
        _set(r, '_is_special', d._is_special)
        return r

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # Accessors and conversions ---------------------------------------------------

    def _isnan(self):
        return self._is_special and self._exp != 'F'

    def as_tuple(self):
        if self._is_special:
            if self._exp == 'F':
                return DecimalTuple(self._sign, (0,), 'F')
            digits = tuple(int(c) for c in _digits(self._int)) if self._int else ()
            return DecimalTuple(self._sign, digits, self._exp)
        return DecimalTuple(self._sign, tuple(int(c) for c in _digits(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        if not self._int:
            return (0, 1)
        n = self._int
        e = self._exp
        if e >= 0:
            n *= 10 ** e
            d = 1
        else:
            d = 10 ** -e
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n, d)

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def __str__(self, eng=False, context=None):
        if self._is_special:
            sign = '-' if self._sign else ''
            if self._exp == 'F':
                return sign + 'Infinity'
            body = 'NaN' if self._exp == 'n' else 'sNaN'
            return sign + body + (_digits(self._int) if self._int else '')
        return _to_string(self._sign, self._int, self._exp, eng, context)

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __int__(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        e = self._exp
        if e >= 0:
            v = self._int * 10 ** e
        else:
            v = self._int // 10 ** -e
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._is_special:
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            if self._exp == 'n':
                return float('-nan') if self._sign else float('nan')
            return float('-inf') if self._sign else float('inf')
        return float(self.__str__())

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return self._is_special or self._int != 0

    def __floor__(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        return int(self._integral(ROUND_FLOOR))

    def __ceil__(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        return int(self._integral(ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_new(0, 1, -n))
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        return int(self._integral(ROUND_HALF_EVEN))

    def _integral(self, rounding):
        if self._exp >= 0:
            return self
        q, inexact = _drop(self._int, -self._exp, self._sign, rounding)
        return _new(self._sign, q, 0)

    def __hash__(self):
        if self._is_special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._exp == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        m = 2305843009213693951
        e = self._exp
        if e >= 0:
            h = self._int * pow(10, e, m) % m
        else:
            h = self._int * pow(2075258708292324556, -e, m) % m
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _new(0, 0, 0)

    def conjugate(self):
        return self

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + _nd(self._int) - 1

    def canonical(self):
        return self

    def radix(self):
        return _new(0, 10, 0)

    # Predicates --------------------------------------------------------------------

    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._is_special

    def is_infinite(self):
        return self._exp == 'F'

    def is_nan(self):
        return self._is_special and self._exp != 'F'

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_normal(self, context=None):
        if self._is_special or not self._int:
            return False
        ctx = context if context is not None else getcontext()
        return ctx._Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or not self._int:
            return False
        ctx = context if context is not None else getcontext()
        return self.adjusted() < ctx._Emin

    def number_class(self, context=None):
        if self._is_special:
            if self._exp == 'N':
                return 'sNaN'
            if self._exp == 'n':
                return 'NaN'
            return '-Infinity' if self._sign else '+Infinity'
        sign = '-' if self._sign else '+'
        if not self._int:
            return sign + 'Zero'
        ctx = context if context is not None else getcontext()
        if self.adjusted() < ctx._Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def same_quantum(self, other, context=None):
        other = _conv_strict(other)
        if self._is_special or other._is_special:
            return (self._isnan() and other._isnan()) or \
                (self._exp == 'F' and other._exp == 'F')
        return self._exp == other._exp

    # Sign copies (quiet: no context, no rounding) ------------------------------------

    def copy_abs(self):
        return _copy(self, 0)

    def copy_negate(self):
        return _copy(self, 1 - self._sign)

    def copy_sign(self, other, context=None):
        other = _conv_strict(other)
        return _copy(self, other._sign)

    def compare_total(self, other, context=None):
        other = _conv_strict(other)
        return _from_int(_total_order(self, other))

    def compare_total_mag(self, other, context=None):
        other = _conv_strict(other)
        return _from_int(_total_order(_copy(self, 0), _copy(other, 0)))


Decimal.__pyrite_tp_name__ = 'decimal.Decimal'
Decimal.__pyrite_dir_hidden__ = ('__dict__',)
Decimal.__pyrite_dir_shown__ = ('__module__',)
Decimal.__module__ = 'decimal'


def _copy(d, sign):
    r = _new_obj(Decimal)
    _set(r, '_sign', sign)
    _set(r, '_int', d._int)
    _set(r, '_exp', d._exp)
    _set(r, '_is_special', d._is_special)
    return r


def _conv_strict(v):
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return _from_int(v)
    raise TypeError('conversion from %s to Decimal is not supported' % type(v).__name__)


def _from_float(f):
    if f != f:
        return _special(1 if _math.copysign(1.0, f) < 0 else 0, 0, 'n')
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (float('inf'), float('-inf')):
        return _special(sign, 0, 'F')
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _new(sign, n * 5 ** k, -k)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp == 'F':
            return _special(sign, 0, 'F')
        if exp not in ('n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    c = 0
    for dg in digits:
        if not (isinstance(dg, int) and 0 <= dg <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        c = c * 10 + dg
    if isinstance(exp, str):
        return _special(sign, c, exp)
    return _new(sign, c, exp)


def _to_string(sign, coef, exp, eng, context):
    digits = _digits(coef)
    n = len(digits)
    left = exp + n
    if exp <= 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif coef == 0:
        dot = (left + 1) % 3 - 1
    else:
        dot = (left - 1) % 3 + 1
    if dot <= 0:
        ip = '0'
        fp = '.' + '0' * -dot + digits
    elif dot >= n:
        ip = digits + '0' * (dot - n)
        fp = ''
    else:
        ip = digits[:dot]
        fp = '.' + digits[dot:]
    if left == dot:
        ex = ''
    else:
        if context is None:
            context = getcontext()
        ex = ('E' if context._capitals else 'e') + '%+d' % (left - dot)
    return ('-' if sign else '') + ip + fp + ex


_NAN = _special(0, 0, 'n')
