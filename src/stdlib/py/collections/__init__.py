"""This module implements specialized container datatypes providing
alternatives to Python's general purpose built-in containers, dict,
list, set, and tuple."""

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
           "defaultdict", "deque", "namedtuple"]

_GenericAlias = type(list[int])
_caller = _caller_module
del _caller_module


################################################################################
### deque
################################################################################

# The ids of the containers whose repr is being made: a container met again inside its own repr
# prints as CPython's marker for it instead of recursing.
_repr_active = set()


def _guarded_repr(obj, make, marker):
    key = id(obj)
    if key in _repr_active:
        return marker
    _repr_active.add(key)
    try:
        return make()
    finally:
        _repr_active.discard(key)


def _as_int(v):
    # An integer argument, as CPython's C functions take one (through __index__).
    if not hasattr(type(v), "__index__"):
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return type(v).__index__(v)


class _ReadOnlyAttr:
    # A read-only attribute of a class that stands for a C type (deque.maxlen), with the C
    # attribute's repr and errors.
    def __init__(self, name, get, doc):
        self._name = name
        self._get = get
        self.__doc__ = doc

    def __set_name__(self, owner, name):
        self._owner = owner.__dict__.get("__pyrite_tp_name__", owner.__name__)

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self._get(obj)

    def __set__(self, obj, value):
        raise AttributeError(f"attribute '{self._name}' of '{self._owner}' objects is not writable")

    def __delete__(self, obj):
        raise AttributeError(f"attribute '{self._name}' of '{self._owner}' objects is not writable")

    def __repr__(self):
        return f"<attribute '{self._name}' of '{self._owner}' objects>"


class _deque_iterator:
    # CPython's iterator over a deque: `_counter` items are left, the next one `_counter`
    # from the end (the deque cannot have changed size while `_state` still matches).
    __slots__ = ("_deque", "_state", "_counter")
    __module__ = "_collections"
    __pyrite_tp_name__ = "_collections._deque_iterator"

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._counter = 0
            raise RuntimeError("deque mutated during iteration")
        n = self._counter
        if not n:
            raise StopIteration
        self._counter = n - 1
        items = d._items
        return items[len(items) - n]

    def __length_hint__(self):
        """Private method returning an estimate of len(list(it))."""
        return self._counter


class _deque_reverse_iterator:
    # The same from the right: the next item is item `_counter - 1` of the deque.
    __slots__ = ("_deque", "_state", "_counter")
    __module__ = "_collections"
    __pyrite_tp_name__ = "_collections._deque_reverse_iterator"

    __iter__ = _deque_iterator.__iter__
    __length_hint__ = _deque_iterator.__length_hint__

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._counter = 0
            raise RuntimeError("deque mutated during iteration")
        n = self._counter
        if not n:
            raise StopIteration
        self._counter = n - 1
        return d._items[d._head + n - 1]


def _deque_iter(d, cls):
    it = object.__new__(cls)
    it._deque = d
    it._state = d._state
    it._counter = len(d._items) - d._head
    return it


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __pyrite_tp_name__ = 'collections.deque'

    # The items are _items[_head:]; slots before _head are free room for appendleft.
    __slots__ = ("_items", "_head", "_maxlen", "_state")

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._items = []
        self._head = 0
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not hasattr(type(maxlen), "__index__"):
                raise TypeError("an integer is required")
            maxlen = type(maxlen).__index__(maxlen)
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        if self._head or self._items:
            self.clear()
        if iterable is not self:
            self.extend(iterable)

    maxlen = _ReadOnlyAttr("maxlen", lambda self: self._maxlen,
                           "maximum size of a deque or None if unbounded")

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def _compact(self):
        if self._head > 16 and self._head * 2 > len(self._items):
            del self._items[:self._head]
            self._head = 0

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        m = self._maxlen
        if m is not None and len(self._items) - self._head >= m:
            if m == 0:
                return
            self._items[self._head] = None
            self._head += 1
            self._compact()
        self._items.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        m = self._maxlen
        if m is not None and len(self._items) - self._head >= m:
            if m == 0:
                return
            self._items.pop()
        if self._head == 0:
            room = max(8, len(self._items))
            self._items[0:0] = [None] * room
            self._head = room
        self._head -= 1
        self._items[self._head] = x

    def pop(self):
        """Remove and return the rightmost element."""
        if len(self._items) <= self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items.clear()
            self._head = 0
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        if len(self._items) <= self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if len(self._items) == self._head:
            self._items.clear()
            self._head = 0
        else:
            self._compact()
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._items = []
        self._head = 0

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        state = self._state
        n = 0
        for x in self._items[self._head:]:
            if x is value or x == value:
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, value, start=0, stop=None):
        """Return first index of value.

Raises ValueError if the value is not present."""
        n = len(self)
        for bound in (start, stop):
            if bound is not None and not hasattr(type(bound), "__index__"):
                raise TypeError("slice indices must be integers or have an __index__ method")
        start, stop, _ = slice(start, stop).indices(n)
        state = self._state
        for i in range(start, stop):
            x = self._items[self._head + i]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{value!r} is not in deque")

    def insert(self, index, value):
        """Insert value before index."""
        index = _as_int(index)
        n = len(self)
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._state += 1
        if index < 0:
            index = max(0, index + n)
        elif index > n:
            index = n
        self._items.insert(self._head + index, value)

    def remove(self, value):
        """Remove first occurrence of value."""
        state = self._state
        for i in range(self._head, len(self._items)):
            x = self._items[i]
            if x is value or x == value:
                if state != self._state:
                    raise IndexError("deque mutated during remove().")
                self._state += 1
                del self._items[i]
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        """Reverse *IN PLACE*."""
        # Iterators go on over the reversed items, as CPython's.
        self._items = self._items[self._head:]
        self._items.reverse()
        self._head = 0

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _as_int(n)
        size = len(self)
        if size <= 1:
            return
        self._state += 1
        n %= size
        if n == 0:
            return
        items = self._items[self._head:]
        self._items = items[-n:] + items[:-n]
        self._head = 0

    def _index(self, i, reading=True):
        # CPython's getitem names the sequence index; setitem and delitem take an integer.
        if not hasattr(type(i), "__index__"):
            if not reading:
                _as_int(i)
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        i = type(i).__index__(i)
        n = len(self)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return self._head + i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, value):
        self._items[self._index(i, False)] = value

    def __delitem__(self, i):
        j = self._index(i, False)
        self._state += 1
        del self._items[j]

    def __iter__(self):
        return _deque_iter(self, _deque_iterator)

    def __reversed__(self):
        """D.__reversed__() -- return a reverse iterator over the deque"""
        return _deque_iter(self, _deque_reverse_iterator)

    def __contains__(self, value):
        state = self._state
        for x in self._items[self._head:]:
            if x is value or x == value:
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def __repr__(self):
        return _guarded_repr(self, self._repr, "[...]")

    def _repr(self):
        name = type(self).__name__
        items = self._items[self._head:]
        if self._maxlen is None:
            return f"{name}({items!r})"
        return f"{name}({items!r}, maxlen={self._maxlen})"

    __hash__ = None

    def _cmp_items(self, other):
        return self._items[self._head:], other._items[other._head:]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        a, b = self._cmp_items(other)
        return a == b

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        a, b = self._cmp_items(other)
        return a != b

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        a, b = self._cmp_items(other)
        return a < b

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        a, b = self._cmp_items(other)
        return a <= b

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        a, b = self._cmp_items(other)
        return a > b

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        a, b = self._cmp_items(other)
        return a >= b

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), "__index__"):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _as_int(n)
        if n == 1 or not self:
            return self
        items = self._items[self._head:]
        self.clear()
        self.extend(items * n if n > 0 else ())
        return self

    def __reduce__(self):
        return type(self), ((), self._maxlen), None, iter(self)

    __class_getitem__ = classmethod(_GenericAlias)


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
"""

    __pyrite_tp_name__ = 'collections.defaultdict'

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        return f"{type(self).__name__}({factory!r}, {dict.__repr__(self)})"

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


################################################################################
### OrderedDict
################################################################################

_MARKER = object()


def _odict_update(od, args, kwds):
    # CPython's OrderedDict update: an exact dict's items, else whatever `keys()` lists
    # (each value read with `other[key]`), else `items()`, else the argument as pairs;
    # then the keywords. Every store goes through `od[key] = value`, so a subclass's
    # `__setitem__` sees each one.
    if args:
        other = args[0]
        if type(other) is dict:
            _odict_add_pairs(od, list(dict.items(other)))
        else:
            keys = getattr(other, "keys", None)
            if keys is not None:
                for key in keys():
                    od[key] = other[key]
            else:
                items = getattr(other, "items", None)
                if items is not None:
                    _odict_add_pairs(od, items())
                else:
                    _odict_add_pairs(od, other)
    if kwds:
        _odict_add_pairs(od, list(kwds.items()))


def _odict_add_pairs(od, pairs):
    # Each pair is unpacked by iteration, with CPython's messages for this path.
    for pair in pairs:
        it = iter(pair)
        key = next(it, _MARKER)
        if key is _MARKER:
            raise ValueError("need more than 0 values to unpack")
        value = next(it, _MARKER)
        if value is _MARKER:
            raise ValueError("need more than 1 value to unpack")
        if next(it, _MARKER) is not _MARKER:
            raise ValueError("too many values to unpack (expected 2)")
        od[key] = value


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    __pyrite_tp_name__ = 'collections.OrderedDict'

    def __init__(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f"expected at most 1 arguments, got {len(args)}")
        _odict_update(self, args, kwds)

    def update(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f"update() takes at most 1 positional argument ({len(args)} given)")
        _odict_update(self, args, kwds)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

Pairs are returned in LIFO order if last is true or FIFO order if false."""
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

Raise KeyError if the element does not exist."""
        # Nothing moves (and iterators go on, as CPython's) when the key is already there.
        if dict.__len__(self) and key == next(_odict_iter(self, 0, last)) and key in self:
            return
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def __iter__(self):
        return _odict_iter(self, 0, False)

    def __reversed__(self):
        """od.__reversed__() <==> reversed(od)"""
        return _odict_iter(self, 0, True)

    def keys(self):
        """D.keys() -> a set-like object providing a view on D's keys"""
        return _odict_view(self, 0)

    def values(self):
        """D.values() -> an object providing a view on D's values"""
        return _odict_view(self, 1)

    def items(self):
        """D.items() -> a set-like object providing a view on D's items"""
        return _odict_view(self, 2)

    def pop(self, key, default=_MARKER):
        """od.pop(key[,default]) -> v, remove specified key and return the corresponding value."""
        if default is _MARKER:
            return dict.pop(self, key)
        return dict.pop(self, key, default)

    def setdefault(self, key, default=None):
        """Insert key with a value of default if key is not in the dictionary."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        return _guarded_repr(self, lambda: f"{type(self).__name__}({list(self.items())!r})", "...")

    def __reduce__(self):
        return type(self), (), None, None, iter(self.items())

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### namedtuple
################################################################################

class _tuplegetter:
    # A field of a named tuple: item `index` of the tuple, read-only. (No docstring: each
    # instance has its own `__doc__`.)

    __slots__ = ("_index", "__doc__")

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f"_tuplegetter({self._index}, {self.__doc__!r})"


_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
])


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))

    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ", ".join(field_names)
    if num_fields == 1:
        arg_list += ","
    repr_fmt = "(" + ", ".join(f"{name}=%r" for name in field_names) + ")"
    tuple_new = tuple.__new__

    namespace = {"_tuple_new": tuple_new, "__builtins__": {}, "__name__": f"namedtuple_{typename}"}
    code = f"def __new__(_cls, {arg_list}):\n    return _tuple_new(_cls, ({arg_list}))\n" \
        if num_fields else "def __new__(_cls):\n    return _tuple_new(_cls, ())\n"
    exec(code, namespace)
    __new__ = namespace["__new__"]
    __new__.__doc__ = f"Create new instance of {typename}({arg_list.rstrip(',')})"
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f"Expected {num_fields} arguments, got {len(result)}")
        return result

    _make.__func__.__doc__ = f"Make a new {typename} object from a sequence or iterable"

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    _replace.__doc__ = f"Return a new {typename} object replacing specified fields with new values"

    def __repr__(self):
        "Return a nicely formatted representation string"
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        "Return a new dict which maps field names to their values."
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        "Return self as a plain tuple.  Used by copy and pickle."
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f"{typename}.{method.__name__}"

    class_namespace = {
        "__doc__": f"{typename}({arg_list.rstrip(',')})",
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, f"Alias for field number {index}")

    result = type(typename, (tuple,), class_namespace)
    if module is None:
        module = _caller(1)
    if module is not None:
        result.__module__ = module
    return result


################################################################################
### Counter
################################################################################

def _count_elements(mapping, iterable):
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


class Counter(dict):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        "The count of elements not in the Counter is zero."
        return 0

    def total(self):
        "Sum of the counts"
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        """
        # Both are stable: equal counts keep the order elements were first counted.
        if n is None:
            return sorted(self.items(), key=_count_of, reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_count_of)

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return _chain_repeats(self.items())

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if isinstance(iterable, _Mapping()):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, _Mapping()):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        "Return a shallow copy."
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        "Like dict.__delitem__() but does not raise KeyError for missing values."
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f"{self.__class__.__name__}({d!r})"

    def __eq__(self, other):
        "True if all counts agree. Missing counts are treated as zero."
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        "True if any counts disagree. Missing counts are treated as zero."
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        "True if all counts in self are a subset of those in other."
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        "True if all counts in self are a proper subset of those in other."
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        "True if all counts in self are a superset of those in other."
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        "True if all counts in self are a proper superset of those in other."
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        """Add counts from two counters."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        """Subtract count, but keep only results with positive counts."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        """Union is the maximum of value in either of the input counters."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        """Intersection is the minimum of corresponding counts."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        "Adds an empty counter, effectively stripping negative and zero counts"
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        """Inplace add from another counter, keeping only positive counts."""
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        """Inplace subtract counter, but keep only results with positive counts."""
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        """Inplace union is the maximum of value from either counter."""
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        """Inplace intersection is the minimum of corresponding elements."""
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _count_of(item):
    return item[1]


def _chain_repeats(items):
    for elem, count in items:
        for _ in range(count):
            yield elem


def _Mapping():
    import collections.abc
    return collections.abc.Mapping


def _abc():
    import collections.abc
    return collections.abc


################################################################################
### UserDict, UserList, UserString
################################################################################

def _user_classes():
    # Built on first use: few scripts use them, and every engine would pay for them.
    abc = _abc()
    g = globals()

    class ChainMap(abc.MutableMapping):
        """A ChainMap groups multiple dicts (or other mappings) together
        to create a single, updateable view.
        """

        def __init__(self, *maps):
            self.maps = list(maps) or [{}]

        def __missing__(self, key):
            raise KeyError(key)

        def __getitem__(self, key):
            for mapping in self.maps:
                try:
                    return mapping[key]
                except KeyError:
                    pass
            return self.__missing__(key)

        def get(self, key, default=None):
            return self[key] if key in self else default

        def __len__(self):
            return len(set().union(*self.maps))

        def __iter__(self):
            d = {}
            for mapping in reversed(self.maps):
                d.update(dict.fromkeys(mapping))
            return iter(d)

        def __contains__(self, key):
            return any(key in m for m in self.maps)

        def __bool__(self):
            return any(self.maps)

        def __repr__(self):
            return _guarded_repr(
                self, lambda: f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})', "...")

        @classmethod
        def fromkeys(cls, iterable, *args):
            "Create a ChainMap with a single dict created from the iterable."
            return cls(dict.fromkeys(iterable, *args))

        def copy(self):
            "New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"
            return self.__class__(self.maps[0].copy(), *self.maps[1:])

        __copy__ = copy

        def new_child(self, m=None, **kwargs):
            """New ChainMap with a new map followed by all previous maps."""
            if m is None:
                m = kwargs
            elif kwargs:
                m.update(kwargs)
            return self.__class__(m, *self.maps)

        @property
        def parents(self):
            "New ChainMap from maps[1:]."
            return self.__class__(*self.maps[1:])

        def __setitem__(self, key, value):
            self.maps[0][key] = value

        def __delitem__(self, key):
            try:
                del self.maps[0][key]
            except KeyError:
                raise KeyError(f"Key not found in the first mapping: {key!r}")

        def popitem(self):
            "Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty."
            try:
                return self.maps[0].popitem()
            except KeyError:
                raise KeyError("No keys found in the first mapping.")

        def pop(self, key, *args):
            "Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0]."
            try:
                return self.maps[0].pop(key, *args)
            except KeyError:
                raise KeyError(f"Key not found in the first mapping: {key!r}")

        def clear(self):
            "Clear maps[0], leaving maps[1:] intact."
            self.maps[0].clear()

        def __or__(self, other):
            if not isinstance(other, abc.Mapping):
                return NotImplemented
            m = self.copy()
            m.maps[0].update(other)
            return m

        def __ror__(self, other):
            if not isinstance(other, abc.Mapping):
                return NotImplemented
            m = dict(other)
            for child in reversed(self.maps):
                m.update(child)
            return self.__class__(m)

        def __ior__(self, other):
            self.maps[0].update(other)
            return self

    class UserDict(abc.MutableMapping):
        def __init__(self, dict=None, /, **kwargs):
            self.data = {}
            if dict is not None:
                self.update(dict)
            if kwargs:
                self.update(kwargs)

        def __len__(self):
            return len(self.data)

        def __getitem__(self, key):
            if key in self.data:
                return self.data[key]
            if hasattr(self.__class__, "__missing__"):
                return self.__class__.__missing__(self, key)
            raise KeyError(key)

        def __setitem__(self, key, item):
            self.data[key] = item

        def __delitem__(self, key):
            del self.data[key]

        def __iter__(self):
            return iter(self.data)

        def __contains__(self, key):
            return key in self.data

        def __repr__(self):
            return repr(self.data)

        def __or__(self, other):
            if isinstance(other, UserDict):
                return self.__class__(self.data | other.data)
            if isinstance(other, dict):
                return self.__class__(self.data | other)
            return NotImplemented

        def __ror__(self, other):
            if isinstance(other, UserDict):
                return self.__class__(other.data | self.data)
            if isinstance(other, dict):
                return self.__class__(other | self.data)
            return NotImplemented

        def __ior__(self, other):
            self.data |= other.data if isinstance(other, UserDict) else other
            return self

        def __copy__(self):
            # A shallow copy with its own dict: instance attributes shared, data copied.
            new = self.__class__.__new__(self.__class__)
            new.__dict__.update(self.__dict__)
            new.__dict__["data"] = self.__dict__["data"].copy()
            return new

        def copy(self):
            if self.__class__ is UserDict:
                return UserDict(self.data.copy())
            import copy
            data = self.data
            try:
                self.data = {}
                new = copy.copy(self)
            finally:
                self.data = data
            new.update(self)
            return new

        @classmethod
        def fromkeys(cls, iterable, value=None):
            d = cls()
            for key in iterable:
                d[key] = value
            return d

    def _list_of(other):
        return other.data if isinstance(other, UserList) else other

    class UserList(abc.MutableSequence):
        def __init__(self, initlist=None):
            self.data = []
            if initlist is not None:
                if type(initlist) == type(self.data):
                    self.data[:] = initlist
                elif isinstance(initlist, UserList):
                    self.data[:] = initlist.data[:]
                else:
                    self.data = list(initlist)

        def __repr__(self):
            return repr(self.data)

        def __lt__(self, other):
            return self.data < _list_of(other)

        def __le__(self, other):
            return self.data <= _list_of(other)

        def __eq__(self, other):
            return self.data == _list_of(other)

        def __gt__(self, other):
            return self.data > _list_of(other)

        def __ge__(self, other):
            return self.data >= _list_of(other)

        def __contains__(self, item):
            return item in self.data

        def __len__(self):
            return len(self.data)

        def __getitem__(self, i):
            if isinstance(i, slice):
                return self.__class__(self.data[i])
            return self.data[i]

        def __setitem__(self, i, item):
            self.data[i] = item

        def __delitem__(self, i):
            del self.data[i]

        def __add__(self, other):
            if isinstance(other, UserList):
                return self.__class__(self.data + other.data)
            if isinstance(other, type(self.data)):
                return self.__class__(self.data + other)
            return self.__class__(self.data + list(other))

        def __radd__(self, other):
            if isinstance(other, UserList):
                return self.__class__(other.data + self.data)
            if isinstance(other, type(self.data)):
                return self.__class__(other + self.data)
            return self.__class__(list(other) + self.data)

        def __iadd__(self, other):
            if isinstance(other, UserList):
                self.data += other.data
            elif isinstance(other, type(self.data)):
                self.data += other
            else:
                self.data += list(other)
            return self

        def __mul__(self, n):
            return self.__class__(self.data * n)

        __rmul__ = __mul__

        def __imul__(self, n):
            self.data *= n
            return self

        def __copy__(self):
            new = self.__class__.__new__(self.__class__)
            new.__dict__.update(self.__dict__)
            new.__dict__["data"] = self.__dict__["data"][:]
            return new

        def append(self, item):
            self.data.append(item)

        def insert(self, i, item):
            self.data.insert(i, item)

        def pop(self, i=-1):
            return self.data.pop(i)

        def remove(self, item):
            self.data.remove(item)

        def clear(self):
            self.data.clear()

        def copy(self):
            return self.__class__(self)

        def count(self, item):
            return self.data.count(item)

        def index(self, item, *args):
            return self.data.index(item, *args)

        def reverse(self):
            self.data.reverse()

        def sort(self, /, *args, **kwds):
            self.data.sort(*args, **kwds)

        def extend(self, other):
            if isinstance(other, UserList):
                self.data.extend(other.data)
            else:
                self.data.extend(other)

    def _str_of(other):
        return other.data if isinstance(other, UserString) else other

    # sys.maxsize, without importing sys for it.
    _maxsize = (1 << 63) - 1

    class UserString(abc.Sequence):
        def __init__(self, seq):
            if isinstance(seq, str):
                self.data = seq
            elif isinstance(seq, UserString):
                self.data = seq.data[:]
            else:
                self.data = str(seq)

        def __str__(self):
            return str(self.data)

        def __repr__(self):
            return repr(self.data)

        def __int__(self):
            return int(self.data)

        def __float__(self):
            return float(self.data)

        def __hash__(self):
            return hash(self.data)

        def __getnewargs__(self):
            return (self.data[:],)

        def __eq__(self, string):
            return self.data == _str_of(string)

        def __lt__(self, string):
            return self.data < _str_of(string)

        def __le__(self, string):
            return self.data <= _str_of(string)

        def __gt__(self, string):
            return self.data > _str_of(string)

        def __ge__(self, string):
            return self.data >= _str_of(string)

        def __contains__(self, char):
            return _str_of(char) in self.data

        def __len__(self):
            return len(self.data)

        def __getitem__(self, index):
            return self.__class__(self.data[index])

        def __add__(self, other):
            if isinstance(other, UserString):
                return self.__class__(self.data + other.data)
            if isinstance(other, str):
                return self.__class__(self.data + other)
            return self.__class__(self.data + str(other))

        def __radd__(self, other):
            if isinstance(other, str):
                return self.__class__(other + self.data)
            return self.__class__(str(other) + self.data)

        def __mul__(self, n):
            return self.__class__(self.data * n)

        __rmul__ = __mul__

        def __mod__(self, args):
            return self.__class__(self.data % args)

        def __rmod__(self, template):
            return self.__class__(str(template) % self)

        # What str returns as a str comes back as this class; counts, tests, splits and
        # format results stay what str gives.
        def capitalize(self):
            return self.__class__(self.data.capitalize())

        def casefold(self):
            return self.__class__(self.data.casefold())

        def center(self, width, *args):
            return self.__class__(self.data.center(width, *args))

        def count(self, sub, start=0, end=_maxsize):
            return self.data.count(_str_of(sub), start, end)

        def removeprefix(self, prefix, /):
            return self.__class__(self.data.removeprefix(_str_of(prefix)))

        def removesuffix(self, suffix, /):
            return self.__class__(self.data.removesuffix(_str_of(suffix)))

        def encode(self, encoding='utf-8', errors='strict'):
            encoding = 'utf-8' if encoding is None else encoding
            errors = 'strict' if errors is None else errors
            return self.data.encode(encoding, errors)

        def endswith(self, suffix, start=0, end=_maxsize):
            return self.data.endswith(suffix, start, end)

        def expandtabs(self, tabsize=8):
            return self.__class__(self.data.expandtabs(tabsize))

        def find(self, sub, start=0, end=_maxsize):
            return self.data.find(_str_of(sub), start, end)

        def format(self, /, *args, **kwds):
            return self.data.format(*args, **kwds)

        def format_map(self, mapping):
            return self.data.format_map(mapping)

        def index(self, sub, start=0, end=_maxsize):
            return self.data.index(sub, start, end)

        def isalpha(self):
            return self.data.isalpha()

        def isalnum(self):
            return self.data.isalnum()

        def isascii(self):
            return self.data.isascii()

        def isdecimal(self):
            return self.data.isdecimal()

        def isdigit(self):
            return self.data.isdigit()

        def isidentifier(self):
            return self.data.isidentifier()

        def islower(self):
            return self.data.islower()

        def isnumeric(self):
            return self.data.isnumeric()

        def isprintable(self):
            return self.data.isprintable()

        def isspace(self):
            return self.data.isspace()

        def istitle(self):
            return self.data.istitle()

        def isupper(self):
            return self.data.isupper()

        def join(self, seq):
            return self.data.join(seq)

        def ljust(self, width, *args):
            return self.__class__(self.data.ljust(width, *args))

        def lower(self):
            return self.__class__(self.data.lower())

        def lstrip(self, chars=None):
            return self.__class__(self.data.lstrip(chars))

        maketrans = str.maketrans

        def partition(self, sep):
            return self.data.partition(sep)

        def replace(self, old, new, maxsplit=-1):
            return self.__class__(self.data.replace(_str_of(old), _str_of(new), maxsplit))

        def rfind(self, sub, start=0, end=_maxsize):
            return self.data.rfind(_str_of(sub), start, end)

        def rindex(self, sub, start=0, end=_maxsize):
            return self.data.rindex(sub, start, end)

        def rjust(self, width, *args):
            return self.__class__(self.data.rjust(width, *args))

        def rpartition(self, sep):
            return self.data.rpartition(sep)

        def rstrip(self, chars=None):
            return self.__class__(self.data.rstrip(chars))

        def split(self, sep=None, maxsplit=-1):
            return self.data.split(sep, maxsplit)

        def rsplit(self, sep=None, maxsplit=-1):
            return self.data.rsplit(sep, maxsplit)

        def splitlines(self, keepends=False):
            return self.data.splitlines(keepends)

        def startswith(self, prefix, start=0, end=_maxsize):
            return self.data.startswith(prefix, start, end)

        def strip(self, chars=None):
            return self.__class__(self.data.strip(chars))

        def swapcase(self):
            return self.__class__(self.data.swapcase())

        def title(self):
            return self.__class__(self.data.title())

        def translate(self, *args):
            return self.__class__(self.data.translate(*args))

        def upper(self):
            return self.__class__(self.data.upper())

        def zfill(self, width):
            return self.__class__(self.data.zfill(width))

    for cls in (ChainMap, UserDict, UserList, UserString):
        cls.__module__ = "collections"
        cls.__qualname__ = cls.__name__
        g[cls.__name__] = cls


def __getattr__(name):
    # The classes few scripts use are made on first use; `collections.abc` is a submodule
    # that CPython's collections imports, so `collections.abc.X` works after `import
    # collections`.
    if name in ("ChainMap", "UserDict", "UserList", "UserString"):
        _user_classes()
        return globals()[name]
    if name == "abc":
        return _abc()
    _missing_attr("collections", name)
