# Host workload: a hand-written JSON encoder and recursive-descent decoder
# over str indexing, round-tripping nested documents (save games, config,
# API payloads) that include non-ASCII text. Pure Python, no imports.

N_DOCS = 420  # size knob: about 1 s on CPython 3.11


class JSONError(Exception):
    pass


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
           "\b": "\\b", "\f": "\\f"}


def encode_str(s, out):
    out.append('"')
    start = 0
    for i, ch in enumerate(s):
        if ch in ESCAPES or ch < " ":
            if i > start:
                out.append(s[start:i])
            out.append(ESCAPES.get(ch) or f"\\u{ord(ch):04x}")
            start = i + 1
    out.append(s[start:])
    out.append('"')


def encode(value, out, indent=None, level=0):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, str):
        encode_str(value, out)
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(repr(value))
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        out.append("[")
        sep = "," if indent is None else ",\n" + " " * (indent * (level + 1))
        if indent is not None:
            out.append("\n" + " " * (indent * (level + 1)))
        for i, item in enumerate(value):
            if i:
                out.append(sep)
            encode(item, out, indent, level + 1)
        if indent is not None:
            out.append("\n" + " " * (indent * level))
        out.append("]")
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        out.append("{")
        first = True
        for k, v in value.items():
            if not first:
                out.append(",")
            first = False
            if indent is not None:
                out.append("\n" + " " * (indent * (level + 1)))
            encode_str(k, out)
            out.append(": " if indent is not None else ":")
            encode(v, out, indent, level + 1)
        if indent is not None:
            out.append("\n" + " " * (indent * level))
        out.append("}")
    else:
        raise JSONError(f"cannot encode {type(value).__name__}")


def dumps(value, indent=None):
    out = []
    encode(value, out, indent)
    return "".join(out)


WHITESPACE = " \t\n\r"
NUMBER_CHARS = "+-0123456789.eE"


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.n = len(text)

    def error(self, msg):
        raise JSONError(f"{msg} at position {self.pos}")

    def skip_ws(self):
        text = self.text
        pos = self.pos
        while pos < self.n and text[pos] in WHITESPACE:
            pos += 1
        self.pos = pos

    def parse(self):
        value = self.value()
        self.skip_ws()
        if self.pos != self.n:
            self.error("trailing data")
        return value

    def value(self):
        self.skip_ws()
        if self.pos >= self.n:
            self.error("unexpected end")
        ch = self.text[self.pos]
        if ch == "{":
            return self.object()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch in "-0123456789":
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        self.error(f"unexpected {ch!r}")

    def object(self):
        self.pos += 1
        result = {}
        self.skip_ws()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            if self.text[self.pos] != '"':
                self.error("expected key")
            key = self.string()
            self.skip_ws()
            if self.text[self.pos] != ":":
                self.error("expected ':'")
            self.pos += 1
            result[key] = self.value()
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                self.error("expected ',' or '}'")

    def array(self):
        self.pos += 1
        result = []
        self.skip_ws()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                self.error("expected ',' or ']'")

    def string(self):
        text = self.text
        pos = self.pos + 1
        chunks = []
        start = pos
        while True:
            if pos >= self.n:
                self.error("unterminated string")
            ch = text[pos]
            if ch == '"':
                chunks.append(text[start:pos])
                self.pos = pos + 1
                return "".join(chunks)
            if ch == "\\":
                chunks.append(text[start:pos])
                esc = text[pos + 1]
                if esc == "u":
                    chunks.append(chr(int(text[pos + 2:pos + 6], 16)))
                    pos += 6
                else:
                    chunks.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f",
                                   '"': '"', "\\": "\\", "/": "/"}[esc])
                    pos += 2
                start = pos
            else:
                pos += 1

    def number(self):
        text = self.text
        start = self.pos
        pos = start
        while pos < self.n and text[pos] in NUMBER_CHARS:
            pos += 1
        self.pos = pos
        s = text[start:pos]
        if "." in s or "e" in s or "E" in s:
            return float(s)
        return int(s)


def loads(text):
    return Parser(text).parse()


WORDS = ["sword", "shield", "potion", "caf\u00e9", "na\u00efve", "\u00fcber", "\u65e5\u672c",
         "stra\u00dfe", "quest", "dragon", "\u00e9p\u00e9e", "map", "tab\there", "quote\"d",
         "line\nbreak", "emoji \U0001f600", "back\\slash"]


def make_doc(seed):
    state = seed

    def rnd(n):
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (state >> 33) % n

    def make(depth):
        r = rnd(10)
        if depth > 3 or r < 3:
            k = rnd(6)
            if k == 0:
                return rnd(100000) - 50000
            if k == 1:
                return rnd(1000000) / 1000.0
            if k == 2:
                return WORDS[rnd(len(WORDS))] + str(rnd(100))
            if k == 3:
                return rnd(2) == 0
            if k == 4:
                return None
            return " ".join(WORDS[rnd(len(WORDS))] for _ in range(rnd(6)))
        if r < 6:
            return [make(depth + 1) for _ in range(rnd(7))]
        return {f"{WORDS[rnd(len(WORDS))]}_{i}": make(depth + 1) for i in range(rnd(7))}

    return {"id": seed, "player": {"name": "H\u00e9l\u00e8ne", "level": seed % 50,
                                   "pos": [seed * 1.5, -seed / 4.0, 0.0]},
            "inventory": [make(1) for _ in range(8)], "world": make(0)}


def walk(value):
    """Count nodes and sum a few features, to check the decoded structure."""
    if isinstance(value, dict):
        n, s = 1, 0
        for k, v in value.items():
            a, b = walk(v)
            n += a
            s += b + len(k)
        return n, s
    if isinstance(value, list):
        n, s = 1, 0
        for v in value:
            a, b = walk(v)
            n += a
            s += b
        return n, s
    if isinstance(value, str):
        return 1, len(value) + sum(1 for c in value if c > "\x7f")
    if isinstance(value, bool) or value is None:
        return 1, 1
    if isinstance(value, int):
        return 1, value % 1000
    return 1, int(value) % 1000


def main():
    total_chars = 0
    nodes = 0
    feature = 0
    mismatches = 0
    pretty_chars = 0
    for i in range(N_DOCS):
        doc = make_doc(i + 1)
        text = dumps(doc)
        back = loads(text)
        if back != doc:
            mismatches += 1
        pretty = dumps(back, indent=2)
        again = loads(pretty)
        if again != doc or dumps(again) != text:
            mismatches += 1
        total_chars += len(text)
        pretty_chars += len(pretty)
        n, s = walk(again)
        nodes += n
        feature += s
    print("docs", N_DOCS, "chars", total_chars, "pretty", pretty_chars)
    print("nodes", nodes, "feature", feature, "mismatches", mismatches)
    sample = dumps(make_doc(7), indent=1)
    print(sample[:300])
    print("escaped", dumps(["caf\u00e9\n", "\x01\ttab", "\U0001f600"]))


main()
