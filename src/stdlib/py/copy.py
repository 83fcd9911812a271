"""Generic (shallow and deep) copying operations.

Interface summary:

        import copy

        x = copy.copy(y)                # make a shallow copy of y
        x = copy.deepcopy(y)            # make a deep copy of y
        x = copy.deepcopy(y, memo)      # make a deep copy of y with memo dict

For module specific errors, copy.Error is raised.

Classes can use the same interfaces to control copying that they use
to control pickling: they can define methods called __getinitargs__(),
__getstate__() and __setstate__().  See the documentation for module
"pickle" for information on these methods.
"""


class Error(Exception):
    pass


error = Error   # backward compatibility

__all__ = ["Error", "copy", "deepcopy"]

# Values of these types are their own copies, shallow and deep.
_atomic = frozenset([type(None), int, float, bool, complex, str, tuple, bytes, frozenset,
                     type, range, slice, property, type(Ellipsis), type(NotImplemented),
                     type(lambda: None), type(len), type(print.__call__)])
_deep_atomic = frozenset([type(None), int, float, bool, complex, str, bytes, type, range,
                          property, type(Ellipsis), type(NotImplemented), type(lambda: None),
                          type(len)])


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reductor = _own_reductor(cls)
    if reductor is not None:
        return _from_reduce(x, reductor(x), None)
    if cls is object:
        return object()
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _deep_atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that contains itself through a list is in the memo by now.
        if d in memo:
            return memo[d]
        y = x
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            reductor = _own_reductor(cls)
            if reductor is not None:
                y = _from_reduce(x, reductor(x), memo)
            elif cls is object:
                y = object()
            else:
                y = _reconstruct(x, memo)
    # If x is its own copy, don't memoize it.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo.

    Because we remember objects by their id, we have
    to assure that possibly temporary objects are kept
    alive by referencing them.
    We store a reference at the id of the memo, which should
    normally not be used unless someone tries to deepcopy
    the memo itself...
    """
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]


def _own_reductor(cls):
    # The class's own __reduce_ex__ (called with protocol 4) or __reduce__, when it overrides
    # object's; None otherwise (then _reconstruct copies the instance state).
    reduce_ex = getattr(cls, "__reduce_ex__", None)
    if reduce_ex is not None and reduce_ex is not object.__reduce_ex__:
        return lambda x: reduce_ex(x, 4)
    reduce = getattr(cls, "__reduce__", None)
    if reduce is not None and reduce is not object.__reduce__:
        return reduce
    return None


def _from_reduce(x, rv, memo):
    # The copy described by a __reduce__ value: (callable, args[, state[, list items[, dict
    # items]]]), its parts copied deeply when memo is not None; a string means x is a global,
    # its own copy.
    if isinstance(rv, str):
        return x
    # CPython spreads the value over the parameters of its helper: its messages.
    if not isinstance(rv, tuple):
        raise TypeError(f"Value after * must be an iterable, not {type(rv).__name__}")
    if len(rv) == 0:
        raise TypeError("_reconstruct() missing 2 required positional arguments: 'func' and 'args'")
    if len(rv) == 1:
        raise TypeError("_reconstruct() missing 1 required positional argument: 'args'")
    if len(rv) > 5:
        raise TypeError(f"_reconstruct() takes from 4 to 7 positional arguments but {len(rv) + 2} were given")
    func, args, state, listitems, dictitems = rv + (None,) * (5 - len(rv))
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, state, memo)
    if listitems is not None:
        for item in listitems:
            y.append(deepcopy(item, memo) if deep else item)
    if dictitems is not None:
        for key, value in dictitems:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def _reconstruct(x, memo):
    # A new instance of x's class made without calling __init__, given x's state: its
    # __getstate__() (by default the instance dict, with the __slots__ values), copied deeply
    # when memo is not None, and set through __setstate__ if the class has one.
    cls = type(x)
    if not hasattr(cls, "__dict__") or cls.__module__ == "builtins":
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    deep = memo is not None
    getnewargs = getattr(x, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs()
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = x.__getstate__()
    if state is not None:
        _set_state(y, state, memo)
    # Subclasses of list and dict carry their items besides their state.
    if isinstance(x, list):
        y.extend([deepcopy(a, memo) for a in x] if deep else x)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def _set_state(y, state, memo):
    deep = memo is not None
    if deep:
        state = deepcopy(state, memo)
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)
