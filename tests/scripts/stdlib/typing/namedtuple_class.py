from typing import NamedTuple, List, Optional


class Booking(NamedTuple):
    """A booking."""
    room: str
    start: int
    end: int = 0
    tags: Optional[List[str]] = None

    @property
    def length(self) -> int:
        return self.end - self.start

    def shifted(self, d: int) -> "Booking":
        return self._replace(start=self.start + d, end=self.end + d)


b = Booking("a", 9, 11)
print(b, b.length, b.shifted(2), b._fields, Booking._field_defaults, b._asdict())
print(Booking.__annotations__, Booking.__doc__, isinstance(b, tuple), Booking.__mro__)
print(sorted([Booking("b", 1), Booking("a", 5)]), b == ("a", 9, 11, None), b[0])
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point.__annotations__, Point.__module__)
P3 = NamedTuple("P3", x=int, y=float)
print(P3(1, 2.5))
try:
    Booking("a")
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(NamedTuple):
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(NamedTuple):
        a: int
        def _replace(self):
            pass
except AttributeError as e:
    print("AttributeError:", e)
b.room = "z"
