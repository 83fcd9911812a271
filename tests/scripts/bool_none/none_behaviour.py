x = None
print(x, repr(x), str(x), type(x), x is None, x is not None, x == None)
print(None == 0, None == False, None == '', None != None)
print([None, None], (None,), {None: None}, {None})
def f():
    pass
def g():
    return
def h(a):
    if a:
        return a
print(f(), g(), h(0), h(3))
print(f() is None, g() is None, h(0) is None)
d = {}
print(d.get('missing'), d.get('missing', None), d.setdefault('k'), d)
print([].append(1), [3, 1, 2].sort(), {1}.add(2))
print(str(None) + '!', 'None' == str(None), len(str(None)))
print(hash(None) == hash(None), None in [0, '', None], None in [0, ''])
print(max([None, 1], key=lambda v: v is None))
print(print('inner'), print())
