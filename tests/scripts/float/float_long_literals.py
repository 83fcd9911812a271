# float() and json.loads of literals past 4 KiB (made short before the parse): the same
# floats as CPython, bit for bit, at halfway points and past the exponent range.
import json
cases = []
import random
random.seed(5)
for n in [4097, 5000, 9000]:
    for lead in ['', '0.', '000', '-', '+', '.']:
        d = ''.join(random.choice('0123456789') for _ in range(n))
        cases.append(lead + d)
        cases.append(lead + d + 'e-' + str(n))
        cases.append(lead + d + 'E+' + '0'*5000 + '7')
# halfway-ish: 2**-1075 exact decimal padded with zeros, then a 1 far away
h = str(5**1075)
cases.append('0.' + '0'*1074 + h[:0] + h)
cases.append('0.' + '0'*(1075-len(h)) + h + '0'*5000)
cases.append('0.' + '0'*(1075-len(h)) + h + '0'*5000 + '1')
# 1 + 2**-53 halfway between 1 and next double
x = 5**53
hs = '1.' + '0'*(53-len(str(x))) + str(x)
cases.append(hs + '0'*5000)
cases.append(hs + '0'*5000 + '1')
cases.append('9'*400 + '.' + '9'*5000)
cases.append('1' + '0'*5000 + 'e-5000')
cases.append('0'*5000)
cases.append('-0' * 1 + '0'*5000)
cases.append('1'*5000 + 'e999999999999999999999999')
cases.append('0.' + '0'*5000 + '1e-99999999999999999999')
cases.append('0.' + '0'*5000 + 'e99999999999999999999')
def j(c):
    try:
        v = json.loads(c)
    except Exception as e:
        return type(e).__name__
    return v.hex() if isinstance(v, float) else 'int'
for c in cases:
    print(float(c).hex(), j(c))
