# deque's iterators are CPython's _collections._deque_iterator and _deque_reverse_iterator:
# their types, reprs, length hints, and which deque operations make them raise.
from collections import deque
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
d = deque([1,2,3]); it = iter(d)
print(list(it)); d.append(4); t(lambda: next(it)); t(lambda: next(it))
d = deque([1,2,3]); it = iter(d); next(it); d.append(4); t(lambda: next(it)); t(lambda: next(it)); d.pop(); t(lambda: next(it))
d = deque([1,2,3]); it = iter(d); t(it.__length_hint__); next(it); t(it.__length_hint__); d.append(5); t(it.__length_hint__)
d = deque([1,2,3]); it = reversed(d); next(it); d[1] = 7; t(lambda: list(it))
for name, op in [("extend0", lambda d: d.extend([])), ("rotate0", lambda d: d.rotate(0)), ("rotate1", lambda d: d.rotate(1)),
                 ("remove", lambda d: d.remove(3)), ("clear", lambda d: d.clear()), ("iadd", lambda d: d.__iadd__([1])),
                 ("imul1", lambda d: d.__imul__(1)), ("imul2", lambda d: d.__imul__(2)), ("reverse", lambda d: d.reverse()), ("del0", lambda d: d.__delitem__(0)),
                 ("insert", lambda d: d.insert(0, 1)), ("setitem", lambda d: d.__setitem__(0, 5)), ("appendleft", lambda d: d.appendleft(0)),
                 ("popleft", lambda d: d.popleft()), ("extendleft", lambda d: d.extendleft([1])), ("extendleft0", lambda d: d.extendleft([])),
                 ("count", lambda d: d.count(1)), ("index", lambda d: d.index(2)), ("copy", lambda d: d.copy()), ("contains", lambda d: 5 in d),
                 ("add", lambda d: d + d), ("eq", lambda d: d == d), ("getitem", lambda d: d[1])]:
    for mk in (iter, reversed):
        d = deque([1,2,3,4]); it = mk(d); a = next(it); op(d)
        try: print(name, mk.__name__, a, list(it), d)
        except Exception as e: print(name, mk.__name__, a, type(e).__name__, e, d)
d = deque([1,2,3], maxlen=3); it = iter(d); next(it); d.append(9); t(lambda: next(it))
d = deque([]); it = iter(d); d.append(1); t(lambda: next(it))
for x in [iter(deque()), reversed(deque())]:
    ty = type(x); print(ty, ty.__name__, ty.__qualname__, ty.__module__, repr(x).split(" at ")[0], ty.__mro__)
it = iter(deque([1])); print(iter(it) is it, list(it), list(it))
t(lambda: iter(deque()).zz)
t(lambda: reversed(deque()).zz)
t(lambda: iter(deque()) < iter(deque()))
t(lambda: hash(iter(deque())) is not None)
d = deque(range(10))
try:
    for x in d:
        if x == 5:
            d.append(1)
except RuntimeError as e:
    print(x, e)
for n, r in [(1,0),(1,1),(2,0),(2,1),(3,0),(3,3),(4,0),(4,4),(4,-4),(4,8),(0,0),(0,1),(2,2)]:
    d = deque(range(n)); it = iter(d); d.rotate(r)
    try: list(it); print(n, r, 'ok')
    except RuntimeError: print(n, r, 'mut')
for n, m in [(2,1),(2,0),(2,2),(2,-1),(0,2),(0,1),(1,1),(0,0)]:
    d = deque(range(n)); it = iter(d); d *= m
    try: list(it); print('imul', n, m, 'ok', d)
    except RuntimeError: print('imul', n, m, 'mut', d)
d = deque([1], maxlen=2); it = iter(d); d *= 1
try: list(it); print('ok')
except RuntimeError: print('mut')
d = deque("abcdef"); it = iter(d); rit = reversed(d); print(next(it), next(rit)); d.reverse(); print(list(it), list(rit), d)
print(list(reversed(deque("abc"))), sorted(deque([3, 1, 2])), list(zip(deque("ab"), reversed(deque("ab")))))
dd = deque(range(40)); 
for _ in range(30): dd.popleft()
dd.appendleft(-1)
print(list(dd), list(reversed(dd)), len(list(iter(dd))))
