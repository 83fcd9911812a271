# Constant nodes of every kind the subset has, and how they print.
values = [0, 7, -3, 2**70, 1_000_000, 0x1F, 0o17, 0b101, 1.5, 1e300, 1e-7, 0.1 + 0.2,
          float("inf"), "", "text", 'quote"s', "tab\tnewline\n", "\u00e9\U0001F600",
          """triple""", r"raw\n", True, False, None, ..., Ellipsis]
for v in values:
    print(type(v).__name__, repr(v), str(v))
print("implicit" " concatenation" ' of strings')
print(... is Ellipsis, None is None, True is True)
print(0.5 == 1 / 2, 10**20, -0.0, 1e16, 123456789012345678)
