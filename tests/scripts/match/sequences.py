# Sequence patterns: lists, tuples, ranges and their subclasses; never str or dicts.

def shape(x):
    match x:
        case []:
            return "empty"
        case [only]:
            return f"one: {only!r}"
        case [a, b]:
            return f"two: {a!r}, {b!r}"
        case [first, *middle, last] if not middle:
            return "unreachable"
        case [first, *middle, last]:
            return f"first {first!r} middle {middle!r} last {last!r}"
        case _:
            return f"not a sequence: {x!r}"


for v in [[], (), [1], (2,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3, 4, 5), range(0),
          range(1, 2), range(4), "", "a", "ab", "abc", {}, {1: 2}, {1, 2}, 5, None,
          frozenset([1])]:
    print(type(v).__name__, "->", shape(v))

# Star captures are always lists.
match (1, 2, 3):
    case (*init, tail):
        print("init", init, type(init).__name__, "tail", tail)
match range(5):
    case [0, *rest]:
        print("rest of range", rest)
match [1]:
    case [1, *rest]:
        print("empty rest", rest)

# Star wildcard: elements after it are found from the end.
match list(range(10)):
    case [a, b, *_, y, z]:
        print(a, b, y, z)
match [1, 2]:
    case [*_, 2]:
        print("ends with 2")
match ["x"]:
    case [*_]:
        print("any sequence")

# Nested sequences and literals inside.
points = [(0, 0), (1, 0), (0, 1), (2, 3), (1, 2, 3), [4, 5]]
for p in points:
    match p:
        case (0, 0):
            print("origin")
        case (x, 0):
            print("on x axis at", x)
        case (0, y):
            print("on y axis at", y)
        case [x, y]:
            print("point", x, y)
        case (x, y, z):
            print("3d", x, y, z)

# Parenthesised and open sequence forms.
match 1, 2:
    case a, b:
        print("open", a, b)
match [3, 4]:
    case (a, b):
        print("parens", a, b)
match (5,):
    case (a,):
        print("one-tuple", a)
match [[1, [2, [3, []]]]]:
    case [[1, [2, [3, [*deep]]]]]:
        print("deep", deep)


# Subclasses of list and tuple are sequences; their __len__ and __getitem__ are used.
class Loud(list):
    def __len__(self):
        print("  len called")
        return super().__len__()


class LoudItems(Loud):
    def __getitem__(self, i):
        print("  getitem", i)
        return super().__getitem__(i)


match LoudItems([1, 2, 3, 4]):
    case [a, *_, b]:
        print("loud ends", a, b)
match iter([1, 2]):
    case [a, b]:
        print("wrong")
    case _:
        print("iterators are not sequences")
match Loud([1, 2, 3]):
    case [_, _]:
        print("wrong")
    case [x, y, z]:
        print("loud unpacked", x, y, z)


class Pair(tuple):
    pass


match Pair((1, 2)):
    case [a, b]:
        print("tuple subclass", a, b)


class NotASeq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


match NotASeq():
    case [a, b]:
        print("wrong")
    case _:
        print("objects with __getitem__ are not sequences")

# Strings are not sequences, but can be matched by value or class.
match "ab":
    case [a, b]:
        print("wrong")
    case str(s):
        print("a string", s)

# Generators are not sequences either.
gen = (i for i in range(2))
match gen:
    case [a, b]:
        print("wrong")
    case _:
        print("generator not matched")
print(list(gen))

# The first matching case wins; later ones are not tried.
def first_match(v):
    match v:
        case [1, *_]:
            return "starts with 1"
        case [*_, 9]:
            return "ends with 9"
        case [_, _, *_]:
            return "at least two"
    return "none"


for v in [[1, 9], [2, 9], [2, 3], [2], (1,)]:
    print(v, first_match(v))
