ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def encode_string(s):
    out = []
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def to_json(value, indent=2, level=0, sort_keys=False):
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"cannot encode {value!r}")
        return repr(value)
    if isinstance(value, str):
        return encode_string(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        parts = [pad + to_json(v, indent, level + 1, sort_keys) for v in value]
        return "[\n" + ",\n".join(parts) + "\n" + end_pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = sorted(value) if sort_keys else list(value)
        parts = []
        for k in keys:
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            parts.append(f"{pad}{encode_string(k)}: {to_json(value[k], indent, level + 1, sort_keys)}")
        return "{\n" + ",\n".join(parts) + "\n" + end_pad + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def to_compact(value):
    if isinstance(value, dict):
        return "{" + ",".join(f"{encode_string(k)}:{to_compact(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(to_compact(v) for v in value) + "]"
    return to_json(value)


config = {
    "name": "pyrite",
    "version": 1.0,
    "features": ["classes", "generators", "with"],
    "limits": {"fuel": 1000000, "memory": None, "ratio": 0.75},
    "flags": {"jit": False, "gc_zeal": True},
    "notes": 'say "hi"\n\ttabbed',
    "empty": [[], {}],
    "matrix": [[1, 2], [3, 4]],
}
print(to_json(config))
print(to_json(config["limits"], indent=4, sort_keys=True))
print(to_compact(config))
print(to_json([]), to_json({}), to_json("é\x01"), to_json(-0.0), to_json(10 ** 20), to_json(1e-7))
for bad in [{"x": float("nan")}, {1: "int key"}, [object], {"s": {1, 2}}]:
    try:
        to_json(bad)
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def to_dict(self):
        return {"type": "Point", "x": self.x, "y": self.y}


shapes = [Point(1, 2).to_dict(), Point(-3.5, 0).to_dict()]
print(to_json({"shapes": shapes}, indent=1))
