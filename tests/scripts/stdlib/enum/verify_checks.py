from enum import Enum, Flag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck, global_enum_repr
import enum

print(EnumCheck, list(EnumCheck), UNIQUE, repr(CONTINUOUS), enum.EnumCheck.__qualname__, verify.__qualname__)

@verify(UNIQUE)
class Ok(Enum):
    A = 1
    B = 2
print(list(Ok))

for check, body in ((UNIQUE, {"A": 1, "B": 1}), (CONTINUOUS, {"A": 1, "B": 3, "C": 5})):
    try:
        verify(check)(Enum("Bad", body))
    except ValueError as e:
        print("ValueError:", e)

class Color(Flag):
    RED = 1
    GREEN = 2
    WHITE = 7
try:
    verify(NAMED_FLAGS)(Color)
except ValueError as e:
    print("ValueError:", e)
print(enum.show_flag_values(13), enum.bin(10), enum.bin(-3, 6), enum.nonmember(1).value)

class Sample(Enum):
    A = 1
    B = enum.nonmember(2)
    @enum.member
    def f():
        return 3
print([m.name for m in Sample], Sample.B, Sample.f.value())
enum.no_such_name
