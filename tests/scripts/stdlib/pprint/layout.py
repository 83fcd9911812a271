import pprint
from pprint import pformat, pp, saferepr, isreadable, isrecursive, PrettyPrinter

data = {'name': 'pyrite', 'versions': [1, 2, 3, (4, 5)], 'nested': {'z': list(range(30)), 'a': {'deep': {'deeper': [{'x': 1}]}}},
        'tuple1': (1,), 'empty': [], 'etup': (), 'eset': set(), 'efz': frozenset(), 'edict': {},
        'set': {3, 1, 2}, 'fz': frozenset({'b', 'a'}), 'float': 1.5, 'none': None, 'bool': True, 'big': 10**25}
pprint.pprint(data)
print(pformat(data, width=40))
print(pformat(data, indent=4, width=60))
print(pformat(data, depth=2))
print(pformat(data, depth=1))
print(pformat(data, compact=True, width=50))
print(pformat(data, sort_dicts=False, width=70))
pp(data, width=60)
pprint.pprint(list(range(50)), compact=True)
pprint.pprint(list(range(50)), width=30, compact=True, indent=3)
pprint.pprint([list(range(10))] * 5, width=40)
pprint.pprint({'key%d' % i: 'value ' * i for i in range(8)}, width=50)
pprint.pprint(('a tuple', 'that is', 'long enough', 'to wrap across', 'lines', 1, 2, 3, 4, 5, 6, 7, 8))
pprint.pprint([('single',)] * 6, width=20)
pprint.pprint({frozenset({1, 2}): [set(range(25))]}, width=40)
print(pformat(12345678901, underscore_numbers=True), pformat([10**10, 1.5, 'x'], underscore_numbers=True))
text = 'The quick brown fox jumps over the lazy dog. ' * 5
pprint.pprint(text)
pprint.pprint([text], width=50)
pprint.pprint({'k': text + '\nsecond line\n' + 'third ' * 20}, width=60)
pprint.pprint('short')
pprint.pprint('x' * 100, width=40)
pprint.pprint(b'bytes ' * 20, width=40)
pprint.pprint([b'\x00\x01binary' * 10], width=30)
pprint.pprint(bytearray(b'abcdefgh' * 12), width=50)
pprint.pprint({'b': b'abc', 'ba': bytearray(b'xy')})
print(saferepr({'a': [1, 2, {3: 4}]}), saferepr('s'), saferepr(set()))
print(isreadable([1, 'a', None]), isreadable([object]), isreadable(object()), isrecursive([1]))
r = [1, 2]
r.append(r)
print(isrecursive(r), isreadable(r), saferepr(r).startswith('[1, 2, <Recursion on list with id='))
d = {'self': None}
d['self'] = d
print(pformat(d).startswith("{'self': <Recursion on dict with id="))
pr = PrettyPrinter(width=30, indent=2)
print(pr.pformat([{'alpha': 1, 'beta': 2, 'gamma': [1, 2, 3, 4, 5, 6]}]))
print(pr.isreadable({1: 2}), pr.isrecursive(r), pr.format([1, 2], {}, 0, 0))
class Sink:
    def __init__(self):
        self.out = []
    def write(self, s):
        self.out.append(s)
s = Sink()
pprint.pprint({'a': 1}, stream=s)
PrettyPrinter(stream=s).pprint([1, 2])
print(s.out)
for kw in [dict(indent=-1), dict(depth=0), dict(width=0), dict(depth=-2)]:
    try:
        PrettyPrinter(**kw)
    except ValueError as e:
        print('ValueError', e)
print(sorted(pprint.__all__))
mixed = {1: 'a', 'b': 2, (1, 2): None, 2.5: 'f'}
pprint.pprint(mixed)
pprint.pprint(sorted({'b': 1, 'a': 2}.items()))
