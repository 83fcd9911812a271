ops = [
    ("1 / 0", lambda: 1 / 0), ("1 // 0", lambda: 1 // 0), ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0), ("1 / 0.0", lambda: 1 / 0.0), ("1.5 // 0", lambda: 1.5 // 0),
    ("1.5 % 0.0", lambda: 1.5 % 0.0), ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)), ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1), ("pow(0, -2)", lambda: pow(0, -2)),
    ("10**30 // 0", lambda: 10 ** 30 // 0), ("True / False", lambda: True / False),
    ("x %= 0", None), ("x /= 0", None),
]
for text, fn in ops:
    try:
        if fn is None:
            x = 5
            if "%" in text:
                x %= 0
            else:
                x /= 0
        else:
            fn()
        print(text, "no error")
    except ZeroDivisionError as e:
        print(f"{text:<15} ZeroDivisionError: {e}")
print(0 ** 0, 0.0 ** 0, 0 / 5, -0.0 / 1, 0 // 7, 0 % 3)
def safe_ratio(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("nan")
r = safe_ratio(1, 0)
print(r, r == r, safe_ratio(1, 4))
