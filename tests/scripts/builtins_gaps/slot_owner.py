# A special method read from a class runs that class's implementation, whatever the
# receiver's own type overrides (CPython's slot wrappers are the owner's functions).


class I(int):
    def __repr__(self):
        return "I!"

    def __add__(self, o):
        return "add"

    def __format__(self, spec):
        return "I.format"


class F(float):
    def __repr__(self):
        return "F!"


class S(str):
    def __str__(self):
        return "S!"

    def __repr__(self):
        return "SR"


class L(list):
    def __repr__(self):
        return "L!"

    def __len__(self):
        return 99


class D(dict):
    def __repr__(self):
        return "D!"

    def __getitem__(self, k):
        return "dk"


class T(tuple):
    def __repr__(self):
        return "T!"


class Plain:
    def __repr__(self):
        return "Plain!"

    def __str__(self):
        return "PlainStr"


# bool under int
print(int.__repr__(True), int.__str__(True), bool.__repr__(True))
print(repr(int.__format__(True, "")), repr(int.__format__(True, "d")), repr(int.__format__(False, ">3")))
print(int.__and__(True, True), bool.__and__(True, True), int.__or__(True, False), int.__xor__(True, True))
print(int.__rand__(True, True), int.__ror__(False, True), bool.__ror__(False, True))
print(repr(int.__pos__(True)), repr(int.__neg__(True)), repr(int.__abs__(False)), repr(int.__invert__(True)))
print(repr(int.__index__(True)), repr(int.__int__(True)), repr(int.__float__(True)), repr(int.__round__(True)))
print(repr(int.__add__(True, True)), repr(int.__mul__(True, 3)), repr(int.__hash__(True)), repr(int.__bool__(False)))
print(repr(int.__trunc__(True)), repr(int.__floor__(True)), repr(int.__ceil__(True)))
print(repr(int.__lt__(True, 2)), repr(int.__eq__(True, 1)), repr(int.__eq__(True, "a")))
print(repr(int.bit_length(True)), repr(int.conjugate(True)), repr(int.to_bytes(True, 2, "big")))
f = int.__repr__
print(repr(f(True)), repr(f(False)), int.__str__(False))

# user subclasses of built-in types
print(int.__repr__(I(5)), int.__add__(I(5), 1), repr(I(5)), I(5) + 1)
print(type(int.__add__(I(1), 1)), type(int.__pos__(I(1))), type(int.__int__(I(1))))
print(int.__format__(I(3), ""), int.__format__(I(3), "04d"), format(I(3)), format(I(3), "x"))
print(object.__format__(I(3), ""), str(I(3)), object.__str__(I(3)), object.__repr__(I(3))[:12])
print(float.__repr__(F(1.5)), float.__str__(F(1.5)), float.__format__(F(2.5), ""), float.__format__(F(2.5), ".2f"))
print(type(float.__pos__(F(1))), type(float.__add__(F(1), 1)))
print(str.__str__(S("abc")), str.__repr__(S("abc")), str.__format__(S("abc"), ""), str.__format__(S("abc"), ">5"))
print(object.__str__(S("x")), str(S("x")), repr(S("x")), format(S("x")), f"{S('x')}", f"{S('x')!r}")
print(str.__len__(S("abc")), str.__getitem__(S("abc"), 0), repr(str.__add__(S("abc"), "d")), type(str.__str__(S("a"))))
print(list.__repr__(L([1])), list.__len__(L([1])), len(L([1])), repr(L([1])))
print(dict.__repr__(D(a=1)), dict.__getitem__(D(a=1), "a"), D(a=1)["a"])
print(tuple.__repr__(()), tuple.__repr__(T((1, 2))), repr(T((1, 2))))
print(S("abc").__format__(""), I(4).__format__(""), F(1.0).__format__(""))

# object's own methods
print(object.__str__(Plain()), object.__format__(Plain(), ""), str(Plain()), format(Plain()))
print(object.__str__(5), object.__str__("q"), object.__format__(5, ""), object.__format__([1], ""))
for bad in [(5, "d"), ([1], "x"), (Plain(), "s"), (I(3), "d")]:
    try:
        object.__format__(*bad)
    except TypeError as e:
        print(e)

# exceptions: the owner's __str__
print(BaseException.__str__(KeyError("a")), KeyError.__str__(KeyError("a")), str(KeyError("a")))
print(Exception.__str__(KeyError("a", "b")), LookupError.__str__(KeyError("a")))
print(BaseException.__str__(OSError(2, "x", "f")), OSError.__str__(FileNotFoundError(2, "x")), str(OSError(2, "x", "f")))
print(repr(BaseException.__str__(SyntaxError("m", ("f", 1, 2, "x", 1, 3)))), SyntaxError.__str__(SyntaxError("m", ("f", 1, 2, "x", 1, 3))))
print(BaseException.__str__(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")), str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")))
print(BaseException.__str__(ExceptionGroup("eg", [ValueError(1)])), str(ExceptionGroup("eg", [ValueError(1)])))
print(AttributeError.__str__(AttributeError("a", "b")), NameError.__str__(NameError("n")), ImportError.__str__(ImportError("i")))


class E(KeyError):
    def __str__(self):
        return "E:" + super().__str__()


print(str(E("k")), BaseException.__str__(E("k")), KeyError.__str__(E("k")))
print(KeyError.__str__, BaseException.__str__)
for f, arg in [(KeyError.__str__, ValueError("a")), (OSError.__str__, KeyError()), (int.__repr__, "x"), (str.__str__, 1), (float.__repr__, 1)]:
    try:
        f(arg)
    except TypeError as e:
        print(e)
