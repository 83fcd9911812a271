import re
p1 = re.compile('abc', re.IGNORECASE)
re.purge()
p2 = re.compile('abc', re.IGNORECASE)
print(p1 == p2, p1 != p2, [p1] == [p2], p1.__ne__(p2))
p3 = re.compile('abc')
re.purge()
p4 = re.compile('abc')
print(p3 == p4, p3 != p4)
p5 = re.compile(b'abc')
re.purge()
p6 = re.compile(b'abc')
print(p5 == p6, hash(p5) == hash(p6), p5 == re.compile('abc'), len({p5, p6}))
try:
    p1 < p2
except TypeError as e:
    print(e)
m = p1.match('abc')
for f in [lambda: len(p1), lambda: p1 + 1, lambda: m < m, lambda: iter(m), lambda: len(p1.scanner('a'))]:
    try:
        f()
    except TypeError as e:
        print(e)
print('Pattern' in dir(re), '__pyrite_tp_name__' in dir(p1), '__pyrite_tp_name__' in dir(m))
try:
    for g in m:
        print(g)
except TypeError as e:
    print(e)
print('__iter__' in dir(m), m[0], list(m.groups()))
