from __future__ import annotations
import __future__
def f(a: List[int], b: "x" = 1) -> Dict[str, Undefined]: pass
print(f.__annotations__)
class C:
    x: Optional[int]
    y: ClassVar[list[int]] = []
    def m(self) -> C: return self
print(C.__annotations__, C.m.__annotations__)
print(__future__.annotations, __future__.all_feature_names, __future__.annotations.getMandatoryRelease(), __future__.annotations.getOptionalRelease(), __future__.division.compiler_flag)
x: int = 5
print(__annotations__)
def g(*args: int, **kw: str) -> None: ...
print(g.__annotations__)
def h(a: lambda: 1 + 2, b: [1, 2] = None, c: {"k": v} = 0): pass
