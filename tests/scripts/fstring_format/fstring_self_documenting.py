x = 10
name = "Ada"
pi = 3.14159
lst = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{name=}", f"{name=!s}", f"{name = !r}")
print(f"{pi=:.2f}", f"{pi = :>10.3f}")
print(f"{x + 1=}", f"{x * 2 = }", f"{lst[0]=}", f"{len(lst)=}")
print(f"{x=}{name=}")
print(f"{lst=}", f"{None=}", f"{True=}", f"{-x=}")
print(f"{x=:b}", f"{x=:#x}", f"{x=:08d}")
print(f"{'s'=}", f"{name.upper()=}", f"{x > 5=}")
print(f"{x==10=}", f"{x!=3 = }")
y = 2.5
print(f"{y=}", f"{y*2=}", f"{y=!r:>8}|")
