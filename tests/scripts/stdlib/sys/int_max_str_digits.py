# sys.set_int_max_str_digits / get_int_max_str_digits: the limit on decimal int<->str
# conversions, its argument errors, and every conversion path under a changed limit.
import json
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits,
      sys.int_info.str_digits_check_threshold)


def attempt(label, f):
    try:
        print(label, f())
    except (ValueError, TypeError, OverflowError) as e:
        print(label, type(e).__name__, e)


for args, kwargs in [((), {}), ((1, 2), {}), ((), {'x': 1}), ((700,), {'maxdigits': 700}),
                     ((1.5,), {}), (('5',), {}), ((None,), {}), ((1,), {}), ((639,), {}),
                     ((-1,), {}), ((True,), {}), ((2 ** 31,), {}), ((-2 ** 40,), {})]:
    attempt(f'set{args}{kwargs}', lambda: sys.set_int_max_str_digits(*args, **kwargs))
print(sys.get_int_max_str_digits())
attempt('get(1)', lambda: sys.get_int_max_str_digits(1))

sys.set_int_max_str_digits(maxdigits=640)
print(sys.get_int_max_str_digits())
big = 10 ** 640
ok = 10 ** 639
attempt('str', lambda: len(str(ok)))
attempt('str', lambda: str(big))
attempt('repr', lambda: repr(-big))
attempt('fstring', lambda: f'{big}')
attempt('format', lambda: format(big, ','))
attempt('percent', lambda: '%d' % big)
attempt('bytes percent', lambda: b'%d' % big)
attempt('hex', lambda: len(hex(big)))
attempt('int', lambda: int('7' * 640) % 1000)
attempt('int', lambda: int('7' * 641))
attempt('int bytes', lambda: int(b'7' * 641))
attempt('int base 16', lambda: int('f' * 2000, 16) % 1000)
attempt('int base 7', lambda: int('6' * 641, 7))
attempt('json dumps', lambda: json.dumps([big]))
attempt('json loads', lambda: json.loads('1' * 641))

sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits())
huge = 7 ** 20000
text = str(huge)
print(len(text), text[:20], text[-20:])
print(int(text) == huge, int(text.encode()) == huge, json.loads(text) == huge)
print(len(f'{huge:,}'), len('%d' % -huge))

sys.set_int_max_str_digits(5000)
attempt('5000', lambda: len(str(huge)))
attempt('5000', lambda: len(str(10 ** 4999)))
sys.set_int_max_str_digits(4300)
attempt('4300', lambda: str(10 ** 4300))
