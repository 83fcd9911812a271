# Pattern and Match reprs, equality and hashing, attribute errors.
import re

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for p in [re.compile('a+'), re.compile('a+', re.I), re.compile(b'a+'), re.compile('a', re.I | re.M | re.S),
          re.compile('a', re.A), re.compile(b'a', re.L), re.compile('(?x)a'), re.compile("it's"),
          re.compile('a\n"b\''), re.compile('x' * 300), re.compile(b'y' * 300, re.I),
          re.compile('a', re.U), re.compile('a', re.T), re.compile('é'), re.compile('a', re.I | re.A)]:
    print(repr(p))
print(str(re.compile('q')), repr(re.compile(r'\d')))
print(repr(re.match('a+', 'aaa')), re.search('b', 'abc'), repr(re.match('', 'x')))
print(re.match('.*', 'x' * 100), re.match(b'.+', b'\x00\xff' * 40), re.match('.*', 'é"\'' * 30))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') != re.compile('b'))
print(re.compile('a') == 'a', hash(re.compile('a')) == hash(re.compile('a')), len({re.compile('a'), re.compile('a')}))
p = re.compile('(?P<a>x)(?P<b>y)?')
print(p.pattern, p.groups, p.groupindex, p.groupindex['a'], dict(p.groupindex), type(p.groupindex).__name__)
attempt('groupindex write', lambda: p.groupindex.__setitem__('c', 3))
attempt('p.pattern = 1', lambda: setattr(p, 'pattern', 1))
attempt('p.groupindex = 1', lambda: setattr(p, 'groupindex', 1))
attempt('p.search = 1', lambda: setattr(p, 'search', 1))
attempt('p.q', lambda: p.q)
attempt('p.__dict__', lambda: p.__dict__)
attempt('re.Pattern()', lambda: re.Pattern())
attempt('re.Pattern.match(5)', lambda: re.Pattern.match(5, 'a'))
print(type(p).__name__, type(p).__module__, type(p), isinstance(p, re.Pattern), re.Pattern)
import copy
print(copy.copy(p) is p, copy.deepcopy(p) is p)
s = p.scanner('xyx')
print(type(s).__name__, s.pattern is p, s.search(), s.match(), s.search(), s.search())
s = p.scanner('xyx')
print(s.match(), s.match(), s.match())
print(re.compile('a').scanner('aa', 1).search())
