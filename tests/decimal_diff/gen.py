#!/usr/bin/env python3
"""Write a random differential test of `decimal` for pyrite's script corpus.

    python3 tests/decimal_diff/gen.py [SEED] [COUNT] > tests/scripts/stdlib/decimal/random_SEED.py
    python3 tests/regen.py tests/scripts/stdlib/decimal/random_SEED.py

The generated script holds COUNT random operations as data (operands as strings, a context
of random precision, rounding, exponent limits and clamp, no traps) and runs each, printing
the result's repr and the flags it raised (or the exception), so CPython 3.11's output (the
`.out` that tests/regen.py writes) checks values, exponents and signals alike. Operands mix
short and long coefficients, every exponent scale, zeros, and now and then a special value.
"""
import random
import sys

ROUNDINGS = ['ROUND_UP', 'ROUND_DOWN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_HALF_UP',
             'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN', 'ROUND_05UP']
BINARY = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'divmod',
          'compare', 'compare_total', 'max', 'min', 'max_mag', 'min_mag', 'quantize',
          'remainder_near', 'next_toward', 'copy_sign', 'same_quantum', 'power_int',
          'power', 'scaleb', 'shift', 'rotate', 'lt', 'eq', 'fma', 'quantize_rounding',
          'logical_and', 'logical_or', 'logical_xor', 'compare_total_mag']
UNARY = ['sqrt', 'exp', 'ln', 'log10', 'normalize', 'to_integral_value',
         'to_integral_exact', 'minus', 'plus', 'abs', 'next_plus', 'next_minus', 'logb',
         'number_class', 'str', 'eng', 'format', 'int', 'round', 'create_decimal',
         'logical_invert', 'hash_eq_float']
FORMATS = ['', '.2f', '.0f', '10.3e', ',.4f', 'g', '.5g', '%', '+.1%', '>15,.2f', 'z.3f',
           'E', '.12']


def operand(rng, small=False):
    r = rng.random()
    if r < 0.04:
        return rng.choice(['NaN', '-NaN', 'sNaN', 'NaN12', 'Infinity', '-Infinity'])
    if r < 0.10:
        return rng.choice(['0', '-0', '0E-3', '0E+5', '1', '-1', '10', '0.1'])
    nd = rng.choice([1, 1, 2, 3, 5, 8, 12, 20, 30, 45]) if not small else rng.randint(1, 3)
    digits = str(rng.randint(1, 9)) + ''.join(rng.choice('0123456789')
                                                for _ in range(nd - 1))
    if rng.random() < 0.3:
        digits = digits.rstrip('0') or '1'
    if small:
        exp = rng.randint(-2, 2)
    elif rng.random() < 0.85:
        exp = rng.randint(-12, 8)
    else:
        exp = rng.randint(-60, 60)
    sign = '-' if rng.random() < 0.3 else ''
    return '%s%sE%+d' % (sign, digits, exp)


def context(rng):
    prec = rng.choice([1, 2, 3, 5, 7, 9, 12, 16, 28, 28, 28, 40])
    if rng.random() < 0.3:
        emax = rng.randint(prec, 60)
        emin = -rng.randint(prec, 60)
    else:
        emax, emin = 999999, -999999
    clamp = 1 if rng.random() < 0.15 else 0
    return (prec, rng.choice(ROUNDINGS), emin, emax, clamp)


def case(rng):
    ctx = context(rng)
    if rng.random() < 0.55:
        op = rng.choice(BINARY)
        a = operand(rng)
        if op in ('power_int',):
            b = str(rng.randint(-6, 12))
        elif op == 'power':
            a = operand(rng).lstrip('-')
            b = rng.choice(['0.5', '1.5', '-0.5', '2.25', '-1.25', '0.1', operand(rng, True)])
        elif op in ('scaleb',):
            b = str(rng.randint(-30, 30))
        elif op in ('shift', 'rotate'):
            b = str(rng.randint(-ctx[0], ctx[0]))
        elif op in ('quantize', 'quantize_rounding'):
            b = '1E%+d' % rng.randint(-15, 6)
        elif op.startswith('logical'):
            a = ''.join(rng.choice('01') for _ in range(rng.randint(1, 12))).lstrip('0') or '0'
            b = ''.join(rng.choice('01') for _ in range(rng.randint(1, 12))).lstrip('0') or '0'
        elif op == 'lt' or op == 'eq':
            b = operand(rng) if rng.random() < 0.7 else a
        else:
            b = operand(rng)
        return (ctx, op, a, b)
    op = rng.choice(UNARY)
    a = operand(rng)
    if op == 'logical_invert':
        a = ''.join(rng.choice('01') for _ in range(rng.randint(1, 12))).lstrip('0') or '0'
    if op in ('ln', 'log10', 'sqrt') and rng.random() < 0.7:
        a = a.lstrip('-')
    if op == 'exp' and rng.random() < 0.8:
        a = '%s%dE%+d' % (rng.choice(['', '-']), rng.randint(1, 99999), rng.randint(-8, -1))
    if op == 'format':
        return (ctx, op, a, rng.choice(FORMATS))
    if op == 'round':
        return (ctx, op, a, str(rng.randint(-3, 6)))
    return (ctx, op, a, None)


RUNNER = r'''
import decimal
from decimal import Decimal, Context

SIGNALS = [decimal.Clamped, decimal.InvalidOperation, decimal.DivisionByZero,
           decimal.Inexact, decimal.Rounded, decimal.Subnormal, decimal.Overflow,
           decimal.Underflow, decimal.FloatOperation]


def run(ctx, op, a, b):
    x = Decimal(a)
    if op == 'power_int':
        return ctx.power(x, int(b))
    if op == 'power':
        return ctx.power(x, Decimal(b))
    if op == 'lt':
        return x < Decimal(b)
    if op == 'eq':
        return x == Decimal(b)
    if op == 'fma':
        return ctx.fma(x, Decimal(b), Decimal(a))
    if op == 'quantize_rounding':
        return x.quantize(Decimal(b), rounding=ctx.rounding, context=Context(prec=ctx.prec, traps=[]))
    if op == 'hash_eq_float':
        return x.is_nan() or hash(x) == hash(float(x)) or float(x) != x
    if op == 'str':
        return str(x)
    if op == 'eng':
        return x.to_eng_string()
    if op == 'int':
        return int(x)
    if op == 'format':
        decimal.setcontext(ctx)
        return format(x, b)
    if op == 'round':
        decimal.setcontext(ctx)
        return round(x, int(b))
    if op == 'create_decimal':
        return ctx.create_decimal(a)
    if b is None:
        return getattr(ctx, op)(x)
    return getattr(ctx, op)(x, Decimal(b))


for i, ((prec, rounding, emin, emax, clamp), op, a, b) in enumerate(CASES):
    ctx = Context(prec=prec, rounding=rounding, Emin=emin, Emax=emax, clamp=clamp, traps=[])
    try:
        r = repr(run(ctx, op, a, b))
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    flags = ','.join(s.__name__ for s in SIGNALS if ctx.flags[s])
    print(i, op, a, b, '->', r, flags)
'''


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    rng = random.Random(seed)
    cases = [case(rng) for _ in range(count)]
    out = ['# @generated by tests/decimal_diff/gen.py %d %d: random decimal operations '
           '(expected output from CPython).' % (seed, count), 'CASES = [']
    for c in cases:
        out.append('    %r,' % (c,))
    out.append(']')
    print('\n'.join(out) + RUNNER, end='')


if __name__ == '__main__':
    main()
