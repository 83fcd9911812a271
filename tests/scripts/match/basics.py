# Literal, capture, wildcard, value, singleton patterns; guards; OR and AS patterns.

def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.5:
            return "minus two and a half"
        case "hello" " " "world":
            return "greeting"
        case "":
            return "empty string"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 0x10 | 0o20 | 0b10001:
            return "sixteen or seventeen"
        case 10**3 if False:
            return "unreachable"
        case int(n) if n > 100:
            return f"big int {n}"
        case str() as s if len(s) > 3:
            return f"long string {s!r}"
        case other:
            return f"other {other!r}"


for v in [0, 0.0, False, 1, 2, 3, 1.0, True, -1, 1.5, -2.5, "hello world", "", None,
          16, 17, 1000, 50, "abcd", "abc", [], (), 3.25]:
    print(repr(v), "->", describe(v))


# Value patterns: dotted names compared with ==.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Limits:
    class Inner:
        MAX = 10


def color_name(c):
    match c:
        case Color.RED:
            return "R"
        case Color.GREEN | Color.BLUE:
            return "G or B"
        case Limits.Inner.MAX:
            return "max"
        case _:
            return "?"


for c in ["red", "green", "blue", 10, 10.0, "purple"]:
    print(c, color_name(c))


# == is called with the subject on the left; None/True/False use identity.
class Loose:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        print(f"  Loose({self.tag}).__eq__({other!r})")
        return other == 5 or other is None

    def __repr__(self):
        return f"Loose({self.tag})"


match Loose("a"):
    case None:
        print("None matched (wrong)")
    case 4:
        print("4 matched (wrong)")
    case 5:
        print("5 matched")

match 1:
    case True:
        print("1 is True (wrong)")
    case 1:
        print("1 is 1")

match 0.0:
    case False:
        print("0.0 is False (wrong)")
    case 0:
        print("0.0 == 0")


# The subject is evaluated once.
calls = []


def subject():
    calls.append(1)
    return 42


match subject():
    case 1:
        pass
    case 2:
        pass
    case 42:
        print("forty-two, subject evaluated", len(calls), "time(s)")


# Bindings: set when the whole pattern matched, kept when only the guard failed.
match (1, 2):
    case (a, b) if a > b:
        print("unexpected")
    case _:
        print("guard failed, a and b bound:", a, b)

match [7, "x"]:
    case [first, int()]:
        print("unexpected")
    case _:
        print("pattern failed, first bound?", "first" in dir())

# AS patterns bind the whole and the parts.
match [1, [2, 3]]:
    case [1, [2, _] as inner] as whole:
        print("inner", inner, "whole", whole)

match 3:
    case (1 | 2 | 3) as n:
        print("n is", n)

# OR patterns of sequences binding the same names in different positions.
for v in [(1, "a"), ["b", 2], (3, 3, 3)]:
    match v:
        case (int(num), str(txt)) | (str(txt), int(num)):
            print("num", num, "txt", txt)
        case _:
            print("no match", v)

# Guards see the bindings and may have side effects.
log = []


def check(x):
    log.append(x)
    return x > 1


for v in [0, 1, 2, 3]:
    match v:
        case n if check(n):
            print("passed guard", n)
        case n:
            print("failed guard", n)
print("guard log", log)

# Walrus in a guard.
match 10:
    case x if (y := x * 2) > 15:
        print("y =", y)

# A match with no matching case does nothing.
match "nothing":
    case 1:
        print("no")
print("after unmatched match")

# match and case remain usable as names.
match = {"case": 1}
case = [match]
print(match["case"], case)
match["case"] += 1
print(match)


def match(case):
    return case * 2


print(match(21))
match, case = 1, 2
print(match + case)
match = [0, 1, 2]
print(match[1], match[1:])
match = lambda case: case
print(match(5))
