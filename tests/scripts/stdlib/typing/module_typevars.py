import typing
from typing import T, AnyStr, KT
print(typing.T, T is typing.T, AnyStr, AnyStr.__constraints__, typing.CT_co.__bound__, typing.T_contra, typing.T.__module__)
print(typing.SupportsAbs[int], typing.SupportsAbs.__parameters__, isinstance(1, typing.SupportsInt), isinstance("", typing.SupportsInt))
from typing import *
print(AnyStr, SupportsIndex)
