from collections import OrderedDict
def run(name, mut, start=1, kind=iter):
    od = OrderedDict((k, i) for i, k in enumerate('abcde'))
    it = kind(od)
    got = [next(it) for _ in range(start)]
    try:
        mut(od)
    except Exception as e:
        print(name, 'mut raised', type(e).__name__, e); return
    out = []
    try:
        for x in it: out.append(x)
        print(name, got, out)
    except Exception as e:
        print(name, got, out, type(e).__name__, e)
        try: print('  again', next(it))
        except Exception as e: print('  again', type(e).__name__, e)
    print('  ', od)
run('move_to_end yielded', lambda od: od.move_to_end('a'))
run('move_to_end current', lambda od: od.move_to_end('b'))
run('move_to_end later', lambda od: od.move_to_end('c'))
run('move_to_end last', lambda od: od.move_to_end('e'))
run('move_to_end front a', lambda od: od.move_to_end('a', False))
run('move_to_end front c', lambda od: od.move_to_end('c', False))
run('move_to_end missing', lambda od: od.move_to_end('q'))
run('move_to_end unhashable', lambda od: od.move_to_end([]))
run('setitem existing', lambda od: od.__setitem__('c', 9))
run('del+add same', lambda od: (od.__delitem__('c'), od.__setitem__('c', 1)))
run('del+add other', lambda od: (od.__delitem__('c'), od.__setitem__('z', 1)))
run('del yielded', lambda od: od.__delitem__('a'))
run('del current', lambda od: od.__delitem__('b'))
run('add', lambda od: od.__setitem__('z', 1))
run('pop', lambda od: od.pop('d'))
run('pop missing default', lambda od: od.pop('q', 0))
run('popitem', lambda od: od.popitem())
run('popitem first', lambda od: od.popitem(False))
run('clear', lambda od: od.clear())
run('clear start0', lambda od: od.clear(), start=0)
run('clear then add', lambda od: (od.clear(), od.__setitem__('a', 1)))
run('add start0', lambda od: od.__setitem__('z', 1), start=0)
run('update existing', lambda od: od.update(a=5, e=6))
run('update new', lambda od: od.update(q=5))
run('setdefault existing', lambda od: od.setdefault('a'))
run('setdefault new', lambda od: od.setdefault('n'))
run('exhausted add', lambda od: od.__setitem__('z', 1), start=5)
run('exhausted clear', lambda od: od.clear(), start=5)
run('rev add', lambda od: od.__setitem__('z', 1), kind=reversed)
run('rev move', lambda od: od.move_to_end('e', False), kind=reversed)
run('rev move front noop', lambda od: od.move_to_end('a', False), kind=reversed)
run('rev del current', lambda od: od.__delitem__('d'), kind=reversed)
run('items add', lambda od: od.__setitem__('z', 1), kind=lambda o: iter(o.items()))
run('values del', lambda od: od.__delitem__('e'), kind=lambda o: iter(o.values()))
run('values setexisting', lambda od: od.__setitem__('e', 100), kind=lambda o: iter(o.values()))
run('items setexisting', lambda od: od.__setitem__('e', 100), kind=lambda o: iter(o.items()))
run('rev keys view', lambda od: None, kind=lambda o: reversed(o.keys()))
run('rev values view', lambda od: None, kind=lambda o: reversed(o.values()))
run('rev items view', lambda od: None, kind=lambda o: reversed(o.items()))
run('rev items add', lambda od: od.__setitem__('z', 1), kind=lambda o: reversed(o.items()))
run('ior', lambda od: od.__ior__({'q':1}))
run('ior existing', lambda od: od.__ior__({'a':1}))
for k in OrderedDict(a=1):
    pass
od = OrderedDict(a=1)
for k in od:
    del od[k]
print(od)
od = OrderedDict(a=1, b=2)
try:
    for k in od:
        del od[k]
except RuntimeError as e:
    print(e, od)
od = OrderedDict(a=1, b=2)
try:
    for k in od:
        od[k + k] = 0
except RuntimeError as e:
    print(e, od)
od = OrderedDict.fromkeys('abc')
for k in list(od):
    od.move_to_end(k)
print(list(od))
for k in od:
    od[k] = k * 2
print(od)
