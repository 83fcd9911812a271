# countOf/indexOf word a non-iterable argument as CPython's sequence search does (audit 11, O1).
import operator


class BadIter:
    def __iter__(self):
        raise ValueError("from __iter__")


class TypeErrIter:
    def __iter__(self):
        raise TypeError("own message")


for f in (operator.countOf, operator.indexOf):
    for seq in (5, None, BadIter(), TypeErrIter(), [1, 2, 1]):
        try:
            print(f.__name__, f(seq, 1))
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
