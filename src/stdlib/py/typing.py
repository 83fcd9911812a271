"""The typing module: support for gradual typing as defined by PEP 484 and subsequent PEPs.

pyrite's typing: every name is usable in annotations and at run time as CPython 3.11 allows,
with CPython's reprs and errors. The aliases of collections.abc and collections classes
(`typing.Iterator`, `typing.Deque`) import those modules only when first subscripted or
checked against, so `import typing` stays cheap.
"""

from abc import abstractmethod, ABCMeta

# CPython's __all__ less the names pyrite lacks (IO, TextIO, BinaryIO, TypeVarTuple, Unpack,
# ParamSpecArgs, ParamSpecKwargs), which refuse by name.
__all__ = ["Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef",
           "Generic", "Literal", "Optional", "ParamSpec", "Protocol", "Tuple", "Type",
           "TypeVar", "Union", "AbstractSet", "ByteString", "Container", "ContextManager",
           "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView", "Mapping",
           "MappingView", "MutableMapping", "MutableSequence", "MutableSet", "Sequence",
           "Sized", "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine",
           "Collection", "AsyncGenerator", "AsyncContextManager", "Reversible", "SupportsAbs",
           "SupportsBytes", "SupportsComplex", "SupportsFloat", "SupportsIndex",
           "SupportsInt", "SupportsRound", "ChainMap", "Counter", "Deque", "Dict",
           "DefaultDict", "List", "OrderedDict", "Set", "FrozenSet", "NamedTuple",
           "TypedDict", "Generator", "Match", "Pattern", "AnyStr", "assert_type",
           "assert_never", "cast", "clear_overloads", "dataclass_transform", "final",
           "get_args", "get_origin", "get_overloads", "get_type_hints", "is_typeddict",
           "LiteralString", "Never", "NewType", "no_type_check", "no_type_check_decorator",
           "NoReturn", "NotRequired", "overload", "Required", "reveal_type",
           "runtime_checkable", "Self", "Text", "TYPE_CHECKING", "TypeAlias", "TypeGuard"]


_caller = _caller_module
del _caller_module

_NoneType = type(None)
_GenericAliasType = type(list[int])
_UnionType = type(int | str)
_FunctionType = type(lambda: None)


def _type_repr(obj):
    """The repr of a type argument as typing prints it."""
    if isinstance(obj, type) and not isinstance(obj, _GenericAliasType):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _is_typelike(arg):
    return isinstance(arg, (type, _BaseGenericAlias, _SpecialForm, TypeVar, ForwardRef,
                            _GenericAliasType, _UnionType, NewType, ParamSpec))


def _type_convert(arg, module=None):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Checks that arg is a type usable as a type argument; returns it converted."""
    arg = _type_convert(arg, module)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (ClassVar, Final):
        if is_argument:
            raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, NoReturn, Never, Self, LiteralString, TypeAlias):
        return arg
    if not allow_special_forms and arg in (ClassVar, Final):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _collect_parameters(args):
    """The type variables in args, in order of first appearance."""
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if isinstance(t, (TypeVar, ParamSpec)):
            if t not in params:
                params.append(t)
        else:
            for x in getattr(t, "__parameters__", ()):
                if x not in params:
                    params.append(x)
    return tuple(params)


def _deduplicate(params):
    seen = []
    for p in params:
        if p not in seen:
            seen.append(p)
    return seen


def _flatten_union(params):
    out = []
    for p in params:
        if isinstance(p, _UnionGenericAlias):
            out.extend(p.__args__)
        elif isinstance(p, _UnionType):
            out.extend(p.__args__)
        else:
            out.append(p)
    return out


def _tuple_params(params):
    return params if isinstance(params, tuple) else (params,)


class _Final:
    """Mixin forbidding subclasses of typing's internal classes."""

    __slots__ = ()

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


class _SpecialForm(_Final, _root=True):
    __slots__ = ("_name", "__doc__", "_getitem")

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {"__name__", "__qualname__"}:
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


@_SpecialForm
def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Never(self, parameters):
    """The bottom type, a type that has no members."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Self(self, parameters):
    """Used to spell the type of "self" in classes."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def LiteralString(self, parameters):
    """Represents an arbitrary literal string."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def TypeAlias(self, parameters):
    """Special marker indicating that an assignment should be recognized as a proper type alias definition."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    parameters = _tuple_params(parameters)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = tuple(_deduplicate(_flatten_union(parameters)))
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    """Optional type. Optional[X] is equivalent to Union[X, None]."""
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, _NoneType]


@_SpecialForm
def Literal(self, parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    parameters = _tuple_params(parameters)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    for p in flat:
        if not any(p == q and type(p) is type(q) for q in unique):
            unique.append(p)
    return _LiteralGenericAlias(self, tuple(unique))


@_SpecialForm
def Concatenate(self, parameters):
    """Used in conjunction with ParamSpec and Callable to represent a higher order function."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    parameters = _tuple_params(parameters)
    if not isinstance(parameters[-1], ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable.")
    return _GenericAlias(self, parameters)


@_SpecialForm
def TypeGuard(self, parameters):
    """Special typing form used to annotate the return type of a user-defined type guard function."""
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """A special typing construct to mark a key of a total=False TypedDict as required."""
    item = _type_check(parameters, f"{self._name} accepts only a single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """A special typing construct to mark a key of a TypedDict as potentially missing."""
    item = _type_check(parameters, f"{self._name} accepts only a single type.")
    return _GenericAlias(self, (item,))


class ForwardRef(_Final, _root=True):
    """Internal wrapper to hold a forward reference."""

    __slots__ = ("__forward_arg__", "__forward_evaluated__", "__forward_value__",
                 "__forward_is_argument__", "__forward_is_class__", "__forward_module__")

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            value = eval(self.__forward_arg__, globalns, localns)
            value = _type_check(value, "Forward references must evaluate to types.",
                                is_argument=self.__forward_is_argument__,
                                allow_special_forms=self.__forward_is_class__)
            self.__forward_value__ = _eval_type(value, globalns, localns,
                                                recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            module_repr = ""
        else:
            module_repr = f", module={self.__forward_module__!r}"
        return f"ForwardRef({self.__forward_arg__!r}{module_repr})"


class _TypeVarLike:
    """Shared behaviour of TypeVar and ParamSpec."""

    def _set_variance(self, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__


class TypeVar(_Final, _TypeVarLike, _root=True):
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        module = _caller(1)
        if module != "typing":
            self.__module__ = module

    def __typing_subst__(self, arg):
        msg = "Parameters to generic types must be types."
        return _type_check(arg, msg, is_argument=True)


class ParamSpec(_Final, _TypeVarLike, _root=True):
    """Parameter specification variable."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(covariant, contravariant)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        module = _caller(1)
        if module != "typing":
            self.__module__ = module


class _BaseGenericAlias(_Final, _root=True):
    """The common part of subscripted and unsubscripted aliases."""

    def __init__(self, origin, *, inst=True, name=None):
        # Straight to object.__setattr__: the class's own __setattr__ is for users' writes.
        _set = object.__setattr__
        _set(self, "_inst", inst)
        _set(self, "_name", name)
        _set(self, "_origin", origin)

    @property
    def __origin__(self):
        origin = self._origin
        if isinstance(origin, str):
            module, _, name = origin.rpartition(".")
            origin = getattr(__import__(module, fromlist=[name]), name)
            self._origin = origin
        return origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        origin = self.__origin__
        if origin not in bases:
            res.append(origin)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or issubclass(b, Generic):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in {"__name__", "__qualname__"}:
            return self._name or self.__origin__.__name__
        if "__origin__" in self.__dict__ or "_origin" in self.__dict__:
            if not (attr.startswith("__") and attr.endswith("__")):
                return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if (attr.startswith("__") and attr.endswith("__")) or attr in {"_name", "_inst", "_nparams", "_origin", "_defaults"}:
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __dir__(self):
        return list(set(super().__dir__() + [a for a in dir(self.__origin__)
                                             if not (a.startswith("__") and a.endswith("__"))]))


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted generic: `List[int]`, `Generic[T]`, `MyClass[str]`."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = origin.__module__ if not isinstance(origin, str) else None

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        args = _tuple_params(args)
        args = tuple(_type_convert(p) for p in args)
        params = self.__parameters__
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments for {self};"
                            f" actual {len(args)}, expected {len(params)}")
        subst = dict(zip(params, args))
        new_args = tuple(self._subst(a, subst) for a in self.__args__)
        return self.copy_with(new_args)

    def _subst(self, arg, subst):
        if isinstance(arg, (TypeVar, ParamSpec)):
            return subst[arg]
        params = getattr(arg, "__parameters__", None)
        if params and not isinstance(arg, type):
            return arg[tuple(subst[p] for p in params)]
        return arg

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return f"{name}[{args}]"

    def __reduce__(self):
        return operator_getitem, (self.__origin__, self.__args__)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)


def operator_getitem(a, b):
    return a[b]


class _TypingEllipsis:
    """Internal placeholder for ... (ellipsis)."""


class _SpecialGenericAlias(_BaseGenericAlias, _root=True):
    """An unsubscripted alias of a generic class: `typing.List`."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        object.__setattr__(self, "_nparams", nparams)
        if not isinstance(origin, str):
            object.__setattr__(self, "__module__", origin.__module__)

    def __getitem__(self, params):
        params = _tuple_params(params)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        n = len(params)
        if n != self._nparams:
            raise TypeError(f"Too {'many' if n > self._nparams else 'few'} arguments for {self};"
                            f" actual {n}, expected {self._nparams}")
        return _GenericAlias(self._origin, params, name=self._name, inst=self._inst)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return "typing." + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self._name == other._name and self._origin == other._origin

    def __hash__(self):
        return hash(self._name)


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        assert self._name == "Callable"
        args = self.__args__
        if len(args) == 2 and (args[0] is Ellipsis or isinstance(args[0], ParamSpec)):
            return f"typing.Callable[{_type_repr(args[0])}, {_type_repr(args[-1])}]"
        return (f"typing.Callable[[{', '.join(_type_repr(a) for a in args[:-1])}], "
                f"{_type_repr(args[-1])}]")

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        # Like CPython 3.11, anything but a list or ... is one argument (ParamSpec and
        # friends are left to static checkers).
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            return _CallableGenericAlias(self._origin, (..., result), name=self._name, inst=self._inst)
        args = tuple(args) if isinstance(args, list) else (args,)
        args = tuple(_type_convert(a) for a in args)
        return _CallableGenericAlias(self._origin, args + (result,), name=self._name, inst=self._inst)


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name="Tuple", inst=False)
        params = _tuple_params(params)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return _GenericAlias(tuple, params + (_TypingEllipsis,), name="Tuple", inst=False)
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return _GenericAlias(tuple, params, name="Tuple", inst=False)


class _UnionGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f"typing.Optional[{_type_repr(args[1])}]"
            if args[1] is _NoneType:
                return f"typing.Optional[{_type_repr(args[0])}]"
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, _BaseGenericAlias) and not isinstance(arg, _SpecialGenericAlias):
                raise TypeError("Subscripted generics cannot be used with class and instance checks")
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


def _typed_values(args):
    return frozenset((a, type(a)) for a in args)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        # Literal values compare with their types: Literal[True] is not Literal[1].
        return _typed_values(self.__args__) == _typed_values(other.__args__)

    def __hash__(self):
        return hash(_typed_values(self.__args__))

    def __repr__(self):
        return f"typing.Literal[{', '.join(repr(a) for a in self.__args__)}]"


class _AnnotatedAlias(_GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Add context-specific metadata to a type."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        msg = "Annotated[t, ...]: t must be a type."
        origin = _type_check(params[0], msg, allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


class Generic:
    """Abstract base class for generic types."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        params = _tuple_params(params)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(isinstance(p, (TypeVar, ParamSpec)) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            n, m = len(params), len(cls.__parameters__)
            if n != m:
                if not m:
                    raise TypeError(f"{cls} is not a generic class")
                raise TypeError(f"Too {'many' if n > m else 'few'} arguments for {cls};"
                                f" actual {n}, expected {m}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if "__orig_bases__" in cls.__dict__:
            if Generic in cls.__orig_bases__:
                raise TypeError("Cannot inherit from plain Generic")
            tvars = list(_collect_parameters(cls.__orig_bases__))
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    s_vars = ", ".join(str(t) for t in missing)
                    s_args = ", ".join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are"
                                    f" not listed in Generic[{s_args}]")
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


def _proto_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for attr in base.__dict__:
            if not attr.startswith("_abc_") and attr not in _SPECIAL_PROTO_NAMES:
                attrs.add(attr)
        for attr in getattr(base, "__annotations__", {}):
            attrs.add(attr)
    return attrs


_SPECIAL_PROTO_NAMES = frozenset([
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__",
    "__new__", "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__",
    "__parameters__", "__orig_bases__", "__qualname__", "_is_protocol", "_is_runtime_protocol",
    "__init_subclass__", "__protocol_attrs__", "__match_args__",
])


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            attrs = _proto_attrs(cls)
            methods_only = all(callable(getattr(cls, attr, None)) for attr in attrs)
            if methods_only and super().__instancecheck__(instance):
                return True
            for attr in attrs:
                val = getattr(instance, attr, _SENTINEL)
                if val is _SENTINEL:
                    break
                if callable(getattr(cls, attr, None)) and val is None:
                    break
            else:
                return True
            # ABCMeta's check ends in the protocol's __subclasshook__, which must not refuse a
            # protocol with data members there (CPython lets abc's own calls through).
            _abc_check_depth[0] += 1
            try:
                return super().__instancecheck__(instance)
            finally:
                _abc_check_depth[0] -= 1
        return super().__instancecheck__(instance)


_SENTINEL = object()
_abc_check_depth = [0]


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init

        def _proto_hook(other):
            if not cls.__dict__.get("_is_protocol", False):
                return NotImplemented
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            if not all(callable(getattr(cls, attr, None)) for attr in _proto_attrs(cls)):
                if _abc_check_depth[0]:
                    return NotImplemented
                raise TypeError("Protocols with non-method members don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            for attr in _proto_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                else:
                    return NotImplemented
            return True

        if "__subclasshook__" not in cls.__dict__:
            cls.__subclasshook__ = staticmethod(_proto_hook)


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    if not issubclass(cls, Generic) or not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes,"
                        f" got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given type."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded functions/methods."""
    f = getattr(func, "__func__", func)
    try:
        key = (f.__module__, f.__qualname__)
        _overload_registry.setdefault(key, []).append(func)
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """Return all defined overloads for *func* as a sequence."""
    f = getattr(func, "__func__", func)
    return list(_overload_registry.get((f.__module__, f.__qualname__), []))


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def final(f):
    """Decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    if isinstance(arg, type):
        for obj in arg.__dict__.values():
            if isinstance(obj, _FunctionType):
                obj.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator that marks a function, class, or metaclass as providing dataclass-like behavior."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


def reveal_type(obj, /):
    """Reveal the inferred type of a variable (prints its run-time type on stderr)."""
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller(1)
        if module != "typing":
            self.__module__ = module

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`")

        return (Dummy,)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, _GenericAlias) and not isinstance(t, _AnnotatedAlias):
        ev_args = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in t.__args__)
        if ev_args == t.__args__:
            return t
        if isinstance(t, _UnionGenericAlias):
            return Union[ev_args]
        return t.copy_with(ev_args)
    if isinstance(t, _GenericAliasType):
        ev_args = tuple(_eval_type(_type_convert(a), globalns, localns, recursive_guard)
                        for a in t.__args__)
        if ev_args == t.__args__:
            return t
        return _GenericAliasType(t.__origin__, ev_args)
    return t


def _module_globals(name):
    if name == "__main__":
        return _main_globals()
    try:
        return __import__(name, fromlist=["__name__"]).__dict__
    except Exception:
        return {}


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object, with string annotations evaluated."""
    if getattr(obj, "__no_type_check__", None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = _module_globals(base.__module__)
            else:
                base_globals = globalns
            ann = base.__dict__.get("__annotations__", {})
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        nsobj = obj
        while hasattr(nsobj, "__wrapped__"):
            nsobj = nsobj.__wrapped__
        globalns = getattr(nsobj, "__globals__", {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, "__annotations__", None)
    if hints is None:
        if isinstance(obj, (_FunctionType, type(len), type(_abc_module_name))):
            return {}
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    out = {}
    for name, value in hints.items():
        if value is None:
            value = _NoneType
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, type(_abc_module_name)),
                               is_class=False)
        out[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return out
    return {k: _strip_annotations(t) for k, t in out.items()}


def _abc_module_name():
    pass


def get_origin(tp):
    """Get the unsubscripted version of a type."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _GenericAliasType)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _GenericAliasType)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res and res[0] is not Ellipsis:
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


################################################################################
# NamedTuple and TypedDict
################################################################################

_prohibited = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                         "_field_defaults", "_make", "_replace", "_asdict", "_source"})
_special = frozenset({"__module__", "__name__", "__annotations__"})


def _make_nmtuple(name, types, module, defaults=()):
    import collections
    fields = [n for n, t in types]
    types = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = types
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns["__module__"])
        if Generic in bases:
            # CPython gives the class the bases (tuple, Generic); pyrite cannot reassign
            # __bases__, so the namedtuple's namespace is made again into such a class.
            body = {k: v for k, v in nm_tpl.__dict__.items() if k not in ("__dict__", "__weakref__")}
            if "__orig_bases__" in ns:
                body["__orig_bases__"] = ns["__orig_bases__"]
            nm_tpl = type(typename, (tuple, Generic), body)
            nm_tpl.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if "__qualname__" in ns:
            nm_tpl.__qualname__ = ns["__qualname__"]
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module=_caller(1))


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = ns.get("__annotations__", {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(tp, msg, module=tp_dict.__module__) for n, tp in own.items()}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required_keys.update(base.__dict__.get("__required_keys__", ()))
            optional_keys.update(base.__dict__.get("__optional_keys__", ()))
        annotations.update(own)
        for key, tp in own.items():
            origin = get_origin(tp)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(key)
            else:
                optional_keys.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, "__total__"):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    if kwargs:
        import warnings
        warnings.warn(
            "The kwargs-based syntax for TypedDict definitions is deprecated "
            "in Python 3.11, will be removed in Python 3.13, and may not be "
            "understood by third-party type checkers.",
            DeprecationWarning,
            stacklevel=2,
        )
    ns = {"__annotations__": dict(fields)}
    module = _caller(1)
    if module is not None:
        ns["__module__"] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


################################################################################
# Aliases of the generic classes
################################################################################

_alias = _SpecialGenericAlias

List = _alias(list, 1, inst=False, name="List")
Dict = _alias(dict, 2, inst=False, name="Dict")
Set = _alias(set, 1, inst=False, name="Set")
FrozenSet = _alias(frozenset, 1, inst=False, name="FrozenSet")
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
Type = _alias(type, 1, name="Type")
Callable = _CallableType("collections.abc.Callable", 2, name="Callable")
DefaultDict = _alias("collections.defaultdict", 2, name="DefaultDict")
OrderedDict = _alias("collections.OrderedDict", 2, name="OrderedDict")
Counter = _alias("collections.Counter", 1, name="Counter")
ChainMap = _alias("collections.ChainMap", 2, name="ChainMap")
Deque = _alias("collections.deque", 1, name="Deque")
Hashable = _alias("collections.abc.Hashable", 0, name="Hashable")
Awaitable = _alias("collections.abc.Awaitable", 1, name="Awaitable")
Coroutine = _alias("collections.abc.Coroutine", 3, name="Coroutine")
AsyncIterable = _alias("collections.abc.AsyncIterable", 1, name="AsyncIterable")
AsyncIterator = _alias("collections.abc.AsyncIterator", 1, name="AsyncIterator")
Iterable = _alias("collections.abc.Iterable", 1, name="Iterable")
Iterator = _alias("collections.abc.Iterator", 1, name="Iterator")
Reversible = _alias("collections.abc.Reversible", 1, name="Reversible")
Sized = _alias("collections.abc.Sized", 0, name="Sized")
Container = _alias("collections.abc.Container", 1, name="Container")
Collection = _alias("collections.abc.Collection", 1, name="Collection")
AbstractSet = _alias("collections.abc.Set", 1, name="AbstractSet")
MutableSet = _alias("collections.abc.MutableSet", 1, name="MutableSet")
Mapping = _alias("collections.abc.Mapping", 2, name="Mapping")
MutableMapping = _alias("collections.abc.MutableMapping", 2, name="MutableMapping")
Sequence = _alias("collections.abc.Sequence", 1, name="Sequence")
MutableSequence = _alias("collections.abc.MutableSequence", 1, name="MutableSequence")
ByteString = _alias("collections.abc.ByteString", 0, name="ByteString")
MappingView = _alias("collections.abc.MappingView", 1, name="MappingView")
KeysView = _alias("collections.abc.KeysView", 1, name="KeysView")
ItemsView = _alias("collections.abc.ItemsView", 2, name="ItemsView")
ValuesView = _alias("collections.abc.ValuesView", 1, name="ValuesView")
Generator = _alias("collections.abc.Generator", 3, name="Generator")
AsyncGenerator = _alias("collections.abc.AsyncGenerator", 2, name="AsyncGenerator")
ContextManager = _alias("contextlib.AbstractContextManager", 1, name="ContextManager")
AsyncContextManager = _alias("contextlib.AbstractAsyncContextManager", 1, name="AsyncContextManager")
Pattern = _alias("re.Pattern", 1, name="Pattern")
Match = _alias("re.Match", 1, name="Match")

Text = str
TYPE_CHECKING = False

# typing's own type variables, made on first use (scripts define their own).
_TYPEVARS = {
    "T": ((), {}),
    "KT": ((), {}),
    "VT": ((), {}),
    "T_co": ((), {"covariant": True}),
    "V_co": ((), {"covariant": True}),
    "VT_co": ((), {"covariant": True}),
    "T_contra": ((), {"contravariant": True}),
    "CT_co": ((), {"covariant": True, "bound": type}),
    "AnyStr": ((bytes, str), {}),
}


def _typevar(name):
    constraints, options = _TYPEVARS[name]
    tv = TypeVar(name, *constraints, **options)
    globals()[name] = tv
    return tv


def _protocols():
    # The Supports* protocols, made on first use.
    g = globals()
    for name, method, generic in (("SupportsInt", "__int__", False),
                                  ("SupportsFloat", "__float__", False),
                                  ("SupportsComplex", "__complex__", False),
                                  ("SupportsBytes", "__bytes__", False),
                                  ("SupportsIndex", "__index__", False),
                                  ("SupportsAbs", "__abs__", True),
                                  ("SupportsRound", "__round__", True)):
        code = {}
        exec(f"def {method}(self):\n    pass\n", code)
        method_fn = code[method]
        method_fn.__qualname__ = f"{name}.{method}"
        ns = {"__slots__": (), "__module__": "typing", "__qualname__": name,
              method: abstractmethod(method_fn)}
        if generic:
            ns["__orig_bases__"] = (Protocol[globals().get("T_co") or _typevar("T_co")],)
        g[name] = runtime_checkable(_ProtocolMeta(name, (Protocol,), ns))


_SUPPORTS = ("SupportsInt", "SupportsFloat", "SupportsComplex", "SupportsBytes",
             "SupportsIndex", "SupportsAbs", "SupportsRound")


def __getattr__(name):
    if name in _SUPPORTS:
        _protocols()
        return globals()[name]
    if name in _TYPEVARS:
        return _typevar(name)
    _missing_attr("typing", name)
