"""Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python.  For example, operator.add(x, y)
is equivalent to the expression x+y.  The function names are those
used for special methods; variants without leading and trailing
'__' are also provided for convenience."""

# The functions come from pyrite's native part of this module (src/stdlib/operator.rs);
# the three callable classes are here.

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat',
           'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index', 'indexOf', 'inv',
           'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not', 'isub', 'itemgetter',
           'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller',
           'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub',
           'truediv', 'truth', 'xor']


class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its operand.
    After f = attrgetter('name'), the call f(r) returns r.name.
    After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).
    After h = attrgetter('name.first', 'name.last'), the call h(r) returns
    (r.name.first, r.name.last)."""

    __pyrite_tp_name__ = 'operator.attrgetter'

    __slots__ = ('_attrs', '_paths')

    def __init__(self, *names):
        if not names:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = names
        self._paths = tuple(tuple(name.split('.')) for name in names)

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError(f'attrgetter expected 1 argument, got {len(args)}')
        obj = args[0]
        results = []
        for path in self._paths:
            value = obj
            for name in path:
                value = getattr(value, name)
            results.append(value)
        if len(results) == 1:
            return results[0]
        return tuple(results)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))

    def __reduce__(self):
        return self.__class__, self._attrs


class itemgetter:
    """Return a callable object that fetches the given item(s) from its operand.
    After f = itemgetter(2), the call f(r) returns r[2].
    After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])"""

    __pyrite_tp_name__ = 'operator.itemgetter'

    __slots__ = ('_items',)

    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError(f'itemgetter expected 1 argument, got {len(args)}')
        obj = args[0]
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    """Return a callable object that calls the given method on its operand.
    After f = methodcaller('name'), the call f(r) returns r.name().
    After g = methodcaller('name', 'date', foo=1), the call g(r) returns
    r.name('date', foo=1)."""

    __pyrite_tp_name__ = 'operator.methodcaller'

    __slots__ = ('_name', '_args', '_kwargs')

    # No named `self`: `self` may be one of the keyword arguments to pass on.
    def __init__(*args, **kwargs):
        self = args[0]
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        name = args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('methodcaller() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError(f'methodcaller expected 1 argument, got {len(args)}')
        return getattr(args[0], self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return 'operator.methodcaller(%s)' % ', '.join(parts)
