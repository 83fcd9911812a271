# int(s, base) with a base far outside 2..36 (even past 64 bits) is a ValueError.
for base in [-909, 2**31-1, 2**31, -2**31, -2**31-1, 2**63-1, 2**63, -2**63, -2**63-1, 2**100, -2**100]:
    try:
        int('42', base)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    int('42', 2.0)
except TypeError as e:
    print('TypeError', e)
