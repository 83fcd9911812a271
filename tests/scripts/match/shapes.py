# Geometry with small classes and class patterns.
import_free_pi = 3.141592653589793


class Shape:
    pass


class Circle(Shape):
    __match_args__ = ("r",)

    def __init__(self, r):
        self.r = r


class Rect(Shape):
    __match_args__ = ("w", "h")

    def __init__(self, w, h):
        self.w, self.h = w, h


class Square(Rect):
    __match_args__ = ("w",)

    def __init__(self, side):
        super().__init__(side, side)


class Group(Shape):
    __match_args__ = ("children",)

    def __init__(self, *children):
        self.children = list(children)


def area(s):
    match s:
        case Circle(r) if r < 0:
            raise ValueError("negative radius")
        case Circle(r):
            return import_free_pi * r * r
        case Square(side):
            return side * side
        case Rect(w, h):
            return w * h
        case Group([]):
            return 0
        case Group([first, *rest]):
            return area(first) + area(Group(*rest))
        case _:
            raise TypeError(f"not a shape: {type(s).__name__}")


def describe(s):
    match s:
        case Circle(r=0) | Rect(w=0) | Rect(h=0):
            return "degenerate"
        case Square():
            return "square"
        case Rect(w, h) if w == h:
            return "square-ish rectangle"
        case Rect(w, h) if w > h:
            return "wide"
        case Rect():
            return "tall"
        case Circle():
            return "round"
        case Group(children=[Circle(), *_]):
            return "group starting with a circle"
        case Group(children=kids):
            return f"group of {len(kids)}"


shapes = [Circle(1), Circle(0), Rect(2, 3), Rect(4, 4), Rect(5, 1), Rect(0, 9), Square(3),
          Group(Circle(2), Square(1)), Group(), Group(Rect(1, 2), Rect(3, 4))]
for s in shapes:
    print(type(s).__name__, describe(s), round(area(s), 4))
for bad in [Circle(-1), "circle"]:
    try:
        area(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
