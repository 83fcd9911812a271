# Match objects: group, groups, groupdict, span/start/end, expand, lastindex, lastgroup,
# re, string, pos, endpos, regs, __getitem__, truthiness, errors.
import re

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<x>!)?', 'Jane Doe rest')
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m[0], m[1], m['first'], m.group('x'), m.group(3))
print(m.groups(), m.groups('-'), m.groups(default=0))
print(m.groupdict(), m.groupdict('?'), m.groupdict(default=None))
print(m.span(), m.span(2), m.span('x'), m.start(), m.start('last'), m.end(1), m.end('x'), m.start(3))
print(m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos)
print(m.string, m.re, m.re.pattern)
print(bool(m), m is not None, m.group(True), m.group(False))
print(m.expand(r'\2, \1 [\g<first>] \g<0> \g<x>.'), m.expand(r'\n\t\\'))

m = re.match(r'(a)(b)?(c)', 'ac')
print(m.lastindex, m.lastgroup, m.groups(), m.span(2), m.regs)
m = re.match(r'(?P<outer>a(?P<inner>b))', 'ab')
print(m.lastindex, m.lastgroup)
m = re.match('(a)|(b)', 'b')
print(m.lastindex, m.groups())
m = re.match('a', 'a')
print(m.lastindex, m.lastgroup, m.groups(), m.groupdict(), m.regs)
m = re.compile(r'(\d+)').search('ab12cd', 1, 5)
print(m.pos, m.endpos, m.span(1))

m = re.match(r'(\w+)(?P<n>\d)?', 'abc')
attempt('group(5)', lambda: m.group(5))
attempt('group(-1)', lambda: m.group(-1))
attempt("group('zz')", lambda: m.group('zz'))
attempt('group([])', lambda: m.group([]))
attempt('group(1.0)', lambda: m.group(1.0))
attempt('group(2**80)', lambda: m.group(2**80))
attempt('m[7]', lambda: m[7])
attempt('start(9)', lambda: m.start(9))
attempt("span('q')", lambda: m.span('q'))
attempt('groups(1, 2)', lambda: m.groups(1, 2))
attempt('group(x=1)', lambda: m.group(x=1))
attempt('groupdict(d=1)', lambda: m.groupdict(d=1))
attempt('start(1, 2)', lambda: m.start(1, 2))
attempt('expand()', lambda: m.expand())
attempt('expand(5)', lambda: m.expand(5))
attempt(r"expand('\\3')", lambda: m.expand('\\3'))
attempt(r"expand('\\g<zz>')", lambda: m.expand('\\g<zz>'))
attempt('m.x', lambda: m.x)
attempt('m.string = 1', lambda: setattr(m, 'string', 1))
attempt('m.lastgroup = 1', lambda: setattr(m, 'lastgroup', 1))
attempt('m.group = 1', lambda: setattr(m, 'group', 1))
attempt('m.y = 1', lambda: setattr(m, 'y', 1))
attempt('del m.pos', lambda: delattr(m, 'pos'))
attempt('re.Match()', lambda: re.Match())

import copy
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(type(m).__name__, type(m).__module__, type(m).__qualname__, isinstance(m, re.Match))
print(re.Match[str], re.Pattern[bytes], re.Match[str].__origin__ is re.Match)
