# Standard modules imported together share their objects as in CPython, whichever module came
# first (pyrite copies a module from a process-wide template when nothing imported before it
# could make a difference, and runs its code otherwise), and each import gives one module.
import typing
import collections.abc
import abc
import collections
import enum
import re
import functools
import sys

print(type(collections.abc.Mapping) is abc.ABCMeta)
print(typing.Mapping.__origin__ is collections.abc.Mapping)
print(typing.Deque.__origin__ is collections.deque)
print(typing.OrderedDict.__origin__ is collections.OrderedDict)
print(isinstance({}, typing.Mapping), isinstance(collections.Counter(), collections.abc.Mapping))
print(issubclass(collections.OrderedDict, collections.abc.MutableMapping))
print(enum.Enum in re.RegexFlag.__mro__, re.IGNORECASE.__class__ is re.RegexFlag)
print(collections.abc is sys.modules['collections.abc'], collections.abc.__name__)
print(collections.abc is collections.__dict__['abc'])
print(typing.__name__, typing.__package__ == '', collections.__package__, collections.abc.__package__)
print(functools.__name__, functools.wraps.__module__, functools.partial.__module__)
print([m for m in ('typing', 'abc', 'collections', 'collections.abc', 'enum', 're', 'functools') if m in sys.modules])


class Registered:
    pass


collections.abc.Sequence.register(Registered)
print(issubclass(Registered, collections.abc.Sequence), issubclass(Registered, typing.Sequence))
functools.marker = 'set by this script'
import functools as again
print(again is functools, again.marker)
