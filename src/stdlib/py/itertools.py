"""Functional tools for creating and using iterators.

Infinite iterators:
count(start=0, step=1) --> start, start+step, start+2*step, ...
cycle(p) --> p0, p1, ... plast, p0, p1, ...
repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

Iterators terminating on the shortest input sequence:
accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2
chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...
chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...
compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...
dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails
groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)
filterfalse(pred, seq) --> elements of seq where pred(elem) is False
islice(seq, [start,] stop [, step]) --> elements from
       seq[start:stop:step]
pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...
starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...
tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n
takewhile(pred, seq) --> seq[0], seq[1], until pred fails
zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...

Combinatoric generators:
product(p, q, ... [repeat=1]) --> cartesian product
permutations(p[, r])
combinations(p, r)
combinations_with_replacement(p, r)
"""

# Each iterator is a class (so its type is `itertools.<name>` as in CPython) whose
# __next__ does one step; nothing is read from an input before it is needed.


def _as_index(v):
    if type(v) is int:
        return v
    if not hasattr(type(v), '__index__'):
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return type(v).__index__(v)


def _check_number(v):
    if not isinstance(v, (int, float, complex)) and not hasattr(type(v), '__index__') \
            and not hasattr(type(v), '__float__') and not hasattr(type(v), '__int__'):
        raise TypeError('a number is required')


def _plural(n, word):
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _fixed_args(name, args, kwargs, low, high, check_keywords):
    # The argument checks of itertools' positional-only C constructors (their keyword check only
    # applies to the type itself and to subclasses that keep its __init__).
    if kwargs and check_keywords:
        raise TypeError(f"{name}() takes no keyword arguments")
    n = len(args)
    if low == high:
        if n != low:
            raise TypeError(f"{name} expected {_plural(low, 'argument')}, got {n}")
    elif n < low:
        raise TypeError(f"{name} expected at least {_plural(low, 'argument')}, got {n}")
    elif high is not None and n > high:
        raise TypeError(f"{name} expected at most {_plural(high, 'argument')}, got {n}")


def _clinic_args(name, args, kwargs, params, required, positional=None):
    # The argument checks of itertools' C constructors that take keywords.
    if positional is None:
        positional = len(params)
    total = len(args) + len(kwargs)
    if total > len(params):
        raise TypeError(f"{name}() takes at most {_plural(len(params), 'argument')} ({total} given)")
    if len(args) > positional:
        raise TypeError(f"{name}() takes at most {_plural(positional, 'positional argument')} ({len(args)} given)")
    for i in range(len(args), required):
        if params[i] not in kwargs:
            raise TypeError(f"{name}() missing required argument '{params[i]}' (pos {i + 1})")
    for k in kwargs:
        if k in params[:len(args)]:
            i = params.index(k)
            raise TypeError(f"argument for {name}() given by name ('{k}') and position ({i + 1})")
        if k not in params:
            raise TypeError(f"'{k}' is an invalid keyword argument for {name}()")


def _checked_new(name, spec):
    # A __new__ that checks the constructor's arguments as CPython's C type does, with its
    # messages, before __init__ binds them.
    if spec[0] == "fixed":
        low, high = spec[1], spec[2]

        def __new__(cls, *args, **kwargs):
            own = globals()[name]
            _fixed_args(name, args, kwargs, low, high, cls is own or cls.__init__ is own.__init__)
            return object.__new__(cls)
    elif spec[0] == "keywords":
        names = spec[1]

        def __new__(cls, *args, **kwargs):
            for k in kwargs:
                if k not in names:
                    raise TypeError(f"'{k}' is an invalid keyword argument for {name}()")
            return object.__new__(cls)
    else:
        params, required, positional = spec[1], spec[2], spec[3]

        def __new__(cls, *args, **kwargs):
            _clinic_args(name, args, kwargs, params, required, positional)
            return object.__new__(cls)
    return __new__


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    __pyrite_tp_name__ = 'itertools.count'
    __new__ = _checked_new('count', ("clinic", ("start", "step"), 0, None))

    def __init__(self, start=0, step=1):
        _check_number(start)
        _check_number(step)
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f'count({self._value!r})'
        return f'count({self._value!r}, {self._step!r})'


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    __pyrite_tp_name__ = 'itertools.cycle'
    __new__ = _checked_new('cycle', ("fixed", 1, 1))

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._index < 0:
            try:
                item = next(self._it)
            except StopIteration:
                if not self._saved:
                    raise
                self._index = 0
            else:
                self._saved.append(item)
                return item
        item = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    __pyrite_tp_name__ = 'itertools.repeat'
    __new__ = _checked_new('repeat', ("clinic", ("object", "times"), 1, None))

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._times = None
        else:
            self._times = max(0, _as_index(times))

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._times})'


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    __pyrite_tp_name__ = 'itertools.accumulate'
    __new__ = _checked_new('accumulate', ("clinic", ("iterable", "func", "initial"), 1, 2))

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None
        self._pending_initial = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._pending_initial:
            self._pending_initial = False
            return self._total
        item = next(self._it)
        if not self._started:
            self._started = True
            self._total = item
        elif self._func is None:
            self._total = self._total + item
        else:
            self._total = self._func(self._total, item)
        return self._total


class chain:
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    __pyrite_tp_name__ = 'itertools.chain'
    __new__ = _checked_new('chain', ("fixed", 0, None))

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    source = next(self._sources)
                except StopIteration:
                    self._sources = None
                    raise
                self._active = iter(source)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


class compress:
    """Return data elements corresponding to true selector elements."""

    __pyrite_tp_name__ = 'itertools.compress'
    __new__ = _checked_new('compress', ("clinic", ("data", "selectors"), 2, None))

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._data)
            if next(self._selectors):
                return item


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    __pyrite_tp_name__ = 'itertools.dropwhile'
    __new__ = _checked_new('dropwhile', ("fixed", 2, 2))

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping:
                return item
            if not self._predicate(item):
                self._dropping = False
                return item


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    __pyrite_tp_name__ = 'itertools.takewhile'
    __new__ = _checked_new('takewhile', ("fixed", 2, 2))

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._done = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false."""

    __pyrite_tp_name__ = 'itertools.filterfalse'
    __new__ = _checked_new('filterfalse', ("fixed", 2, 2))

    def __init__(self, function, iterable, /):
        self._function = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if self._function is None:
                if not item:
                    return item
            elif not self._function(item):
                return item


class _grouper:
    __pyrite_tp_name__ = 'itertools._grouper'
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._currgrouper is not self:
            raise StopIteration
        if gb._currvalue is _marker:
            gb._step()
        if not (self._tgtkey is gb._currkey or self._tgtkey == gb._currkey):
            raise StopIteration
        item = gb._currvalue
        gb._currvalue = _marker
        return item


_marker = object()


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    __pyrite_tp_name__ = 'itertools.groupby'
    __new__ = _checked_new('groupby', ("clinic", ("iterable", "key"), 1, None))

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        # The key of the group being handed out, and the item read last and its key.
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._currgrouper = None

    def _step(self):
        item = next(self._it)
        key = item if self._keyfunc is None else self._keyfunc(item)
        self._currvalue = item
        self._currkey = key

    def __iter__(self):
        return self

    def __next__(self):
        self._currgrouper = None
        # Skip what is left of the current group.
        while True:
            if self._currkey is _marker:
                pass
            elif self._tgtkey is _marker:
                break
            elif not (self._tgtkey is self._currkey or self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


def _islice_ssize(v):
    """v as islice reads a bound: an int in the C ssize_t range, or -1 for anything else."""
    if type(v) is not int:
        try:
            v = type(v).__index__(v)
        except BaseException:
            return -1
        if not isinstance(v, int):
            return -1
    if v < -9223372036854775808 or v > 9223372036854775807:
        return -1
    return v


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object

Return an iterator whose next() method returns selected values from an
iterable.  If start is specified, will skip all preceding elements;
otherwise, start defaults to zero.  Step defaults to one.  If
specified as another value, step determines how many values are
skipped between successive calls.  Works like a slice() on a list
but returns an iterator."""

    __pyrite_tp_name__ = 'itertools.islice'
    __new__ = _checked_new('islice', ("fixed", 2, 4))

    def __init__(self, *args):
        if len(args) < 2:
            raise TypeError(f'islice expected at least 2 arguments, got {len(args)}')
        if len(args) > 4:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args)}')
        iterable = args[0]
        # As CPython's islice_new: each bound is read as a C ssize_t, any failure (no
        # __index__, an exception from it, a value outside the ssize_t range) reading as -1,
        # and a stop of -1 named in its own message.
        stop_message = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        indices_message = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        start, stop = 0, -1
        if len(args) == 2:
            if args[1] is not None:
                stop = _islice_ssize(args[1])
                if stop == -1:
                    raise ValueError(stop_message)
        else:
            if args[1] is not None:
                start = _islice_ssize(args[1])
            if args[2] is not None:
                stop = _islice_ssize(args[2])
                if stop == -1:
                    raise ValueError(stop_message)
        if start < 0 or stop < -1:
            raise ValueError(indices_message)
        step = 1
        if len(args) == 4 and args[3] is not None:
            step = _islice_ssize(args[3])
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._stop = None if stop == -1 else stop
        self._next = start
        self._step = step
        self._it = iter(iterable)
        self._count = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._count < self._next:
            if stop is not None and self._count >= stop:
                self._it = None
                raise StopIteration
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._count += 1
        if stop is not None and self._count >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""

    __pyrite_tp_name__ = 'itertools.pairwise'
    __new__ = _checked_new('pairwise', ("fixed", 1, 1))

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = _marker

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        try:
            if self._old is _marker:
                self._old = next(self._it)
            new = next(self._it)
        except StopIteration:
            self._it = None
            raise
        pair = (self._old, new)
        self._old = new
        return pair


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    __pyrite_tp_name__ = 'itertools.starmap'
    __new__ = _checked_new('starmap', ("fixed", 2, 2))

    def __init__(self, function, iterable, /):
        self._function = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._function(*args)


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument.  The .__next__()
method continues until the longest iterable in the argument sequence
is exhausted and then it raises StopIteration.  When the shorter iterables
are exhausted, the fillvalue is substituted in their place.  The fillvalue
defaults to None or can be specified by a keyword argument."""

    __pyrite_tp_name__ = 'itertools.zip_longest'

    def __init__(self, *iterables, **kwargs):
        for k in kwargs:
            if k != 'fillvalue':
                raise TypeError("zip_longest() got an unexpected keyword argument")
        self._fill = kwargs.get('fillvalue')
        self._its = [iter(x) for x in iterables]
        self._active = len(self._its)

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or not self._active:
            raise StopIteration
        result = []
        for i, it in enumerate(self._its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                self._its[i] = None
                result.append(self._fill)
        return tuple(result)


class _tee_buffer:
    def __init__(self, it):
        self.it = iter(it)
        self.items = []
        self.base = 0   # the index of items[0] in the stream


class _tee:
    """Iterator wrapped to make it copyable."""

    __pyrite_tp_name__ = 'itertools._tee'

    def __init__(self, buffer, position=0):
        self._buffer = buffer
        self._position = position

    def __iter__(self):
        return self

    def __next__(self):
        buf = self._buffer
        i = self._position - buf.base
        if i < len(buf.items):
            item = buf.items[i]
        else:
            item = next(buf.it)
            buf.items.append(item)
        self._position += 1
        return item

    def __copy__(self):
        return _tee(self._buffer, self._position)


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    # An iterator that copies itself (a tee object) is the first of the results, as in CPython.
    if hasattr(it, '__copy__'):
        first = it
    else:
        first = _tee(_tee_buffer(it))
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])


def _r_arg(r):
    r = _as_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    __pyrite_tp_name__ = 'itertools.product'
    __new__ = _checked_new('product', ("keywords", ("repeat",)))

    def __init__(self, *iterables, repeat=1):
        repeat = _as_index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._pools = pools
        self._indices = None
        self._done = any(not p for p in pools)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            self._indices = [0] * len(pools)
        else:
            i = len(pools) - 1
            while i >= 0:
                self._indices[i] += 1
                if self._indices[i] < len(pools[i]):
                    break
                self._indices[i] = 0
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
        return tuple([pools[i][j] for i, j in enumerate(self._indices)])


class permutations:
    """Return successive r-length permutations of elements in the iterable."""

    __pyrite_tp_name__ = 'itertools.permutations'
    __new__ = _checked_new('permutations', ("clinic", ("iterable", "r"), 1, None))

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        r = n if r is None else _r_arg(r)
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        n = len(pool)
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices[:r]])
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple([pool[i] for i in indices[:r]])
        self._done = True
        raise StopIteration


class combinations:
    """Return successive r-length combinations of elements in the iterable."""

    __pyrite_tp_name__ = 'itertools.combinations'
    __new__ = _checked_new('combinations', ("clinic", ("iterable", "r"), 2, None))

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _r_arg(r)
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._done = r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices])
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple([pool[i] for i in indices])


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""

    __pyrite_tp_name__ = 'itertools.combinations_with_replacement'
    __new__ = _checked_new('combinations_with_replacement', ("clinic", ("iterable", "r"), 2, None))

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _r_arg(r)
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._done = not pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices])
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple([pool[i] for i in indices])
