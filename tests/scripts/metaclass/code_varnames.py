def outer(a, *args, k, **kw):
    b = 1
    c = 2
    def inner(): return a + b
    return inner
print(outer.__code__.co_varnames, outer(1, k=2).__code__.co_varnames, outer.__code__.co_argcount)
def gen(x):
    y = [i for i in range(x)]
    for z in y:
        yield z
print(gen.__code__.co_varnames, gen.__code__.co_name, gen.__code__.co_qualname)
class K:
    def m(self):
        return __class__
print(K.m.__code__.co_varnames)
