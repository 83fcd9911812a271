# Match and match_case with every pattern kind: MatchValue, MatchSingleton, MatchSequence,
# MatchStar, MatchMapping, MatchClass, MatchAs, MatchOr, and guards.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


LIMIT = 10


class Limits:
    upper = 100


def describe(subject):
    match subject:
        case None:
            return "none"
        case True | False as flag:
            return f"bool {flag}"
        case 0:
            return "zero"
        case Limits.upper:
            return "upper limit"
        case int(n) if n > LIMIT:
            return f"big int {n}"
        case int() | float() as number:
            return f"number {number}"
        case "quit" | "exit":
            return "leave"
        case str() as text:
            return f"text {text!r}"
        case [] | ():
            return "empty sequence"
        case [first, *rest]:
            return f"sequence starting {first!r} then {len(rest)} more"
        case {"kind": "circle", "r": r, **others}:
            return f"circle r={r} extra={sorted(others)}"
        case {"kind": kind}:
            return f"shape {kind}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y=yy) if x == yy:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case _:
            return "something else"


for value in [None, True, 0, 100, 42, 3, 2.5, "quit", "hi", [], (), [1, 2, 3], (9,),
              {"kind": "circle", "r": 2, "color": "red"}, {"kind": "square"},
              Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), {1, 2}]:
    print(describe(value))
