# JoinedStr and FormattedValue: conversions, format specs, nested specs, debug `=`.
name, width, pi = "pyrite", 10, 3.14159
print(f"{name}|{name!r}|{name!s}|{name!a}|{'é'!a}")
print(f"[{name:>{width}}] [{name:^{width}.3}] [{pi:.2f}] [{pi:+010.3f}] [{255:#x}] [{1e6:,}]")
print(f"{pi=}", f"{width * 2 = }", f"{name=!s:>8}")
print(f"{{literal braces}} {'nested ' f'{width}'}")
