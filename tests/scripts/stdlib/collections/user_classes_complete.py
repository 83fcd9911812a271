import copy
from collections import UserList, UserDict, UserString, ChainMap, deque
from collections.abc import MutableSequence, Callable, Set, Sequence

# UserList: every list method, with the list or UserList on either side.
ul = UserList([3, 1, 2])
print(ul * 2, 2 * ul, ul + [9], [9] + ul, (7, 8) + ul, type([9] + ul).__name__)
ul2 = UserList(ul)
ul2 += (4,)
ul2 *= 2
print(ul2, ul2.count(3), ul2.index(2), ul2.index(2, 3), 1 in ul2, ul2.pop(), ul2.pop(0))
ul2.remove(1); ul2.reverse(); ul2.extend(UserList([5])); ul2.extend([6])
print(ul2, ul < [3, 2], ul <= ul, ul > UserList([0]), ul >= [3, 1, 2], ul == [3, 1, 2])
print(ul[1:], type(ul[1:]).__name__, ul.copy(), type(ul.copy()).__name__)
ul2.clear(); print(ul2, len(ul2))
class Tagged(UserList):
    pass
t = Tagged([1, 2]); t.tag = ['x']
c = copy.copy(t)
print(type(c).__name__, c, c.data is t.data, c.tag is t.tag)
c.append(3); print(t, c)

# UserDict: | with dicts and UserDicts, fromkeys, copies that do not share data.
ud = UserDict(a=1)
print(ud | {'b': 2}, {'z': 0} | ud, ud | UserDict(c=3), type({'z': 0} | ud).__name__)
ud |= {'d': 4}; print(ud, UserDict.fromkeys('xy', 0))
class Notes(UserDict):
    pass
n = Notes(k=1); n.owner = 'me'
n2 = n.copy(); n3 = copy.copy(n)
n2['k'] = 2; n3['k'] = 3
print(n, n2, n3, type(n2).__name__, n3.owner, n2.owner)
print(ud.__or__(5), ud.__ror__(5))

# UserString: str methods give UserStrings where str gives strs, other results as str does.
us = UserString('Hello, World')
for r in [us.upper(), us.lower(), us.center(16, '*'), us.replace('l', 'L', 2), us.zfill(14),
          us.strip('Hd'), us.split(', '), us.partition(','), us.find('o'), us.rfind(UserString('o')),
          us.count('l'), us.startswith('He'), us.endswith(('x', 'd')), us.join(['a', 'b']),
          us.format(), us.encode(), us.isalpha(), us.title(), us.swapcase(), us[1:4],
          us * 2, 'x' + us, us + 5, UserString('%s-%s') % ('a', 'b'), us.removeprefix('Hello'),
          us.expandtabs(), us.casefold(), us.splitlines(), us.ljust(14, '.'), us.translate({72: 104})]:
    print(type(r).__name__, repr(r))
print(us < 'J', us >= UserString('Hello'), 'World' in us, UserString('W') in us, hash(us) == hash('Hello, World'))
print(int(UserString('42')), float(UserString('1.5')), us.__getnewargs__())

# ChainMap: dict | ChainMap, and the mixins it inherits.
cm = ChainMap({'a': 1}, {'a': 0, 'b': 2})
print({'z': 9, 'a': 5} | cm, cm | {'c': 3}, cm.setdefault('q', 7), cm, dict(cm.items()))
cm.update(r=1); print(cm.maps[0], list(cm.keys()), cm == {'a': 1, 'b': 2, 'q': 7, 'r': 1})

# ABCs: deque is a MutableSequence; method descriptors are Callable; Set._hash is frozenset's.
print(isinstance(deque(), MutableSequence), issubclass(deque, Sequence))
print([isinstance(f, Callable) for f in (list.append, str.join, int.__add__, (1).__add__, object.__init__, len)])
print([Set._hash(frozenset(s)) == hash(frozenset(s)) for s in (set(), {1}, {1, 2, 3}, {'a', 'b'}, {-1, None, (2, 3)})])
