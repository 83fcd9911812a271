from __future__ import annotations, division
# __future__: the feature objects, their releases and flags, and annotations as strings.
import __future__

print(annotations, division)
print(annotations is __future__.annotations, __future__.all_feature_names)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f.getOptionalRelease(), f.getMandatoryRelease(), f.compiler_flag, repr(f))
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.CO_NESTED, __future__.CO_GENERATOR_ALLOWED)
print(__future__.__all__)
print(type(annotations).__name__, type(annotations).__module__)


def f(x: list[int], y: Undefined = 3) -> dict[str, int]:
    return {}


print(f.__annotations__)


class C:
    field: SomethingElse
    other: int = 5


print(C.__annotations__)
