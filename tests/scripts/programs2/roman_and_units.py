ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = ""
    for value, numeral in ROMAN:
        count, n = divmod(n, value)
        out += numeral * count
    return out


def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s.upper()):
        if ch not in values:
            raise ValueError(f"invalid numeral {ch!r} in {s!r}")
        v = values[ch]
        if i + 1 < len(s) and values.get(s[i + 1].upper(), 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s.upper():
        raise ValueError(f"{s!r} is not canonical (did you mean {to_roman(total)}?)")
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} -> {r:<12} -> {from_roman(r)}")
for bad in [0, 4000, 2.5, True, "IIII", "MCMXCIVZ", "ic", "mmxxiv"]:
    try:
        result = from_roman(bad) if isinstance(bad, str) else to_roman(bad)
        print(f"{bad!r} -> {result}")
    except (ValueError, TypeError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")

UNITS = {
    "length": {"m": 1.0, "km": 1000.0, "cm": 0.01, "mi": 1609.344, "ft": 0.3048, "in": 0.0254},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125},
}


def convert(value, src, dst):
    for kind, table in UNITS.items():
        if src in table and dst in table:
            return value * table[src] / table[dst]
        if src in table or dst in table:
            other = dst if src in table else src
            raise ValueError(f"cannot convert {kind} unit to {other!r}")
    raise KeyError(src)


def convert_temp(value, src, dst):
    to_c = {"C": lambda v: v, "F": lambda v: (v - 32) * 5 / 9, "K": lambda v: v - 273.15}
    from_c = {"C": lambda v: v, "F": lambda v: v * 9 / 5 + 32, "K": lambda v: v + 273.15}
    return from_c[dst](to_c[src](value))


for q in ["5 km mi", "6 ft cm", "1 mi ft", "12 oz g", "70 kg lb", "3 m kg", "1 parsec m", "100 C F", "-40 F C", "0 K C"]:
    amount, src, dst = q.split()
    try:
        if src in "CFK" and dst in "CFK":
            result = convert_temp(float(amount), src, dst)
        else:
            result = convert(float(amount), src, dst)
        print(f"{amount:>4} {src:<3}= {result:>12.4f} {dst}")
    except ValueError as e:
        print(f"{q}: {e}")
    except KeyError as e:
        print(f"{q}: unknown unit {e}")
