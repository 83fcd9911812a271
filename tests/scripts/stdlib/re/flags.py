# Flag constants (RegexFlag), their reprs and their effect; Pattern.flags.
import re

print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.T, re.DEBUG, re.NOFLAG)
print(repr(re.I | re.M), str(re.I | re.S), int(re.I | re.M), re.I | 0x1000, f'{re.X}')
print(type(re.I).__name__, isinstance(re.I, int), re.I == 2, re.RegexFlag(8), re.RegexFlag.DOTALL)
print(re.I.value, re.I.name, (re.I | re.M).name, re.ASCII | re.IGNORECASE)
print(list(re.RegexFlag)[:3], re.VERBOSE in (re.VERBOSE | re.I), bool(re.NOFLAG))

print(re.compile('a').flags, re.compile(b'a').flags, re.compile('a', re.I).flags, re.compile('a', re.A).flags)
print(re.compile('(?i)a').flags, re.compile('(?x)a', re.M).flags, re.compile('a', re.I | re.M | re.S | re.X).flags)
print(re.compile(b'a', re.L).flags, re.compile('(?s)a').flags, re.compile('a', 0).flags)

print(re.findall('a', 'aAa', re.I), re.findall('(?i)a', 'aAa'), re.findall('(?i:a)A', 'aA AA'))
print(re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'\w+', 'héllo wörld'))
print(re.findall(r'\d', '1٣', re.A), re.findall(r'\d', '1٣'), re.findall(r'\s', ' \u3000', re.A), re.findall(r'\s', ' \u3000'))
print(re.findall(r'^\w', 'ab\ncd', re.M), re.findall(r'\w$', 'ab\ncd', re.M), re.findall(r'.', 'a\nb', re.S))
print(re.match(r'''
    (\d+)   # number
    \s* ,   # comma
''', '12 , ', re.X).group(1))
print(re.findall(r'(?ai)[a-z]', 'aBİı'), re.findall('[a-z]', 'aBİı', re.I))
print(re.match('ǅ', 'ǆ', re.I), re.match('K', '\u212a', re.I), re.match(b'K', b'k', re.I))
print(re.search('(?m:^b)', 'a\nb'), re.search('(?s:.)x', '\nx'))
