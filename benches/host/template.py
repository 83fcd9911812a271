# Host workload: a small template engine. Templates are compiled once into a
# list of nodes (text, {{ expr | filter }}, {% for %}, {% if %}) and rendered
# many times against nested dict/object contexts, the way a host renders
# pages or UI text from user scripts. Pure Python, no imports.

N_PAGES = 5000  # size knob: about 1 s on CPython 3.11


class TemplateError(Exception):
    pass


def html_escape(s):
    s = str(s)
    if "&" in s:
        s = s.replace("&", "&amp;")
    if "<" in s:
        s = s.replace("<", "&lt;")
    if ">" in s:
        s = s.replace(">", "&gt;")
    if '"' in s:
        s = s.replace('"', "&quot;")
    return s


def f_money(v):
    return f"${v / 100:,.2f}"


def f_truncate(v, n=20):
    s = str(v)
    return s if len(s) <= n else s[: n - 1].rstrip() + "\u2026"


FILTERS = {
    "upper": lambda v: str(v).upper(),
    "lower": lambda v: str(v).lower(),
    "title": lambda v: str(v).title(),
    "escape": html_escape,
    "money": f_money,
    "truncate": f_truncate,
    "length": lambda v: len(v),
    "join": lambda v, sep=", ": sep.join(str(x) for x in v),
    "default": lambda v, d="": v if v else d,
    "pad": lambda v, n=8: str(v).ljust(int(n)),
}


def lookup(ctx, path):
    value = ctx
    for part in path.split("."):
        if isinstance(value, dict):
            value = value.get(part)
        elif part.isdigit():
            value = value[int(part)]
        else:
            value = getattr(value, part, None)
        if value is None:
            return None
    return value


class Text:
    __slots__ = ("text",)

    def __init__(self, text):
        self.text = text

    def render(self, ctx, out):
        out.append(self.text)


class Expr:
    __slots__ = ("path", "filters")

    def __init__(self, source):
        parts = [p.strip() for p in source.split("|")]
        self.path = parts[0]
        self.filters = []
        for p in parts[1:]:
            name, _, arg = p.partition(":")
            if name not in FILTERS:
                raise TemplateError(f"unknown filter {name!r}")
            args = [a.strip().strip('"') for a in arg.split(",")] if arg else []
            if name == "truncate" and args:
                args = [int(args[0])]
            self.filters.append((FILTERS[name], args))

    def value(self, ctx):
        p = self.path
        if p.startswith('"'):
            v = p[1:-1]
        elif p.isdigit():
            v = int(p)
        else:
            v = lookup(ctx, p)
        for fn, args in self.filters:
            v = fn(v, *args)
        return v

    def render(self, ctx, out):
        v = self.value(ctx)
        out.append("" if v is None else str(v))


class For:
    __slots__ = ("var", "seq", "body", "empty")

    def __init__(self, var, seq):
        self.var = var
        self.seq = Expr(seq)
        self.body = []
        self.empty = []

    def render(self, ctx, out):
        items = self.seq.value(ctx) or []
        if not items:
            for node in self.empty:
                node.render(ctx, out)
            return
        n = len(items)
        for i, item in enumerate(items):
            inner = dict(ctx)
            inner[self.var] = item
            inner["loop"] = {"index": i + 1, "first": i == 0, "last": i == n - 1,
                             "odd": i % 2 == 1}
            for node in self.body:
                node.render(inner, out)


class If:
    __slots__ = ("branches", "orelse")

    def __init__(self, cond):
        self.branches = [(self.compile_cond(cond), [])]
        self.orelse = []

    @staticmethod
    def compile_cond(src):
        src = src.strip()
        negate = False
        if src.startswith("not "):
            negate = True
            src = src[4:].strip()
        for op in (">=", "<=", "==", "!=", ">", "<"):
            if op in src:
                left, right = src.split(op, 1)
                le, re_ = Expr(left), Expr(right)
                ops = {
                    ">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b,
                    "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
                    ">": lambda a, b: a > b, "<": lambda a, b: a < b,
                }
                f = ops[op]

                def test(ctx):
                    return f(le.value(ctx), re_.value(ctx)) != negate
                return test
        e = Expr(src)
        return lambda ctx: bool(e.value(ctx)) != negate

    def render(self, ctx, out):
        for test, body in self.branches:
            if test(ctx):
                for node in body:
                    node.render(ctx, out)
                return
        for node in self.orelse:
            node.render(ctx, out)


def tokenize(src):
    pos = 0
    n = len(src)
    while pos < n:
        start = src.find("{", pos)
        while start != -1 and start + 1 < n and src[start + 1] not in "{%":
            start = src.find("{", start + 1)
        if start == -1 or start + 1 >= n:
            yield ("text", src[pos:])
            return
        if start > pos:
            yield ("text", src[pos:start])
        kind = src[start + 1]
        close = "}}" if kind == "{" else "%}"
        end = src.find(close, start + 2)
        if end == -1:
            raise TemplateError(f"unclosed tag at {start}")
        inner = src[start + 2:end].strip()
        yield ("expr" if kind == "{" else "tag", inner)
        pos = end + 2


def compile_template(src):
    root = []
    stack = [(None, root)]
    for kind, value in tokenize(src):
        body = stack[-1][1]
        if kind == "text":
            body.append(Text(value))
        elif kind == "expr":
            body.append(Expr(value))
        else:
            word, _, rest = value.partition(" ")
            if word == "for":
                var, _, seq = rest.partition(" in ")
                node = For(var.strip(), seq.strip())
                body.append(node)
                stack.append((node, node.body))
            elif word == "empty":
                node = stack[-1][0]
                stack[-1] = (node, node.empty)
            elif word == "if":
                node = If(rest)
                body.append(node)
                stack.append((node, node.branches[0][1]))
            elif word == "elif":
                node = stack[-1][0]
                node.branches.append((If.compile_cond(rest), []))
                stack[-1] = (node, node.branches[-1][1])
            elif word == "else":
                node = stack[-1][0]
                stack[-1] = (node, node.orelse)
            elif word in ("endfor", "endif"):
                stack.pop()
            else:
                raise TemplateError(f"unknown tag {word}")
    if len(stack) != 1:
        raise TemplateError("unclosed block")
    return root


def render(tpl, ctx):
    out = []
    for node in tpl:
        node.render(ctx, out)
    return "".join(out)


PAGE = """<!doctype html>
<html><head><title>{{ shop.name | escape }} \u2014 {{ page.title | title }}</title></head>
<body class="{{ user.theme | default:"light" }}">
<h1>{{ page.title | upper }}</h1>
{% if user.admin %}<p class="admin">Signed in as {{ user.name | escape }} (admin)</p>
{% elif user.name %}<p>Hello, {{ user.name | escape }}!</p>
{% else %}<p>Welcome, guest.</p>{% endif %}
<ul class="products">
{% for p in page.products %}  <li class="{% if loop.odd %}odd{% else %}even{% endif %}{% if loop.first %} first{% endif %}">
    <a href="/p/{{ p.sku }}">{{ p.name | truncate:18 | escape }}</a>
    <span class="price">{{ p.price | money }}</span>
    {% if p.stock > 10 %}<b>in stock</b>{% elif p.stock > 0 %}<i>only {{ p.stock }} left</i>{% else %}<s>sold out</s>{% endif %}
    <small>{{ p.tags | join:" / " }}</small> #{{ loop.index }}
  </li>
{% empty %}  <li>No products.</li>
{% endfor %}</ul>
<table>{% for row in page.rows %}<tr>{% for cell in row %}<td>{{ cell | pad:6 }}</td>{% endfor %}</tr>
{% endfor %}</table>
<footer>{{ shop.footer | lower }} \u00b7 {{ page.products | length }} items</footer>
</body></html>
"""


class Product:
    def __init__(self, sku, name, price, stock, tags):
        self.sku = sku
        self.name = name
        self.price = price
        self.stock = stock
        self.tags = tags


NAMES = ["Teapot", "Caf\u00e9 cup", "Walking <stick>", "Umbrella & hat", "Bicycle bell",
         "Gr\u00fcner Tee", "Notebook \"A5\"", "Lamp", "Extra-long charging cable", "Kettle"]
TAGS = ["new", "sale", "eco", "gift", "popular", "limited"]


def make_context(i):
    products = []
    for j in range((i * 7) % 13):
        k = i * 31 + j * 17
        products.append(Product(f"SKU{k % 9973:05d}", NAMES[k % len(NAMES)],
                                199 + (k * 379) % 250000, k % 23,
                                [TAGS[(k + t) % len(TAGS)] for t in range(k % 4)]))
    rows = [[(i + r) * (c + 1) % 1000 for c in range(5)] for r in range(i % 6)]
    user = {"name": None if i % 5 == 0 else f"user{i % 97}", "admin": i % 11 == 0,
            "theme": "dark" if i % 3 == 0 else ""}
    return {"shop": {"name": "Widgets & Co", "footer": "Thanks For Visiting"},
            "user": user,
            "page": {"title": f"catalogue page {i}", "products": products, "rows": rows}}


def main():
    tpl = compile_template(PAGE)
    total = 0
    checksum = 0
    lines = 0
    longest = ""
    for i in range(N_PAGES):
        html = render(tpl, make_context(i))
        total += len(html)
        lines += html.count("\n")
        for ch in html[::7]:
            checksum = (checksum * 131 + ord(ch)) % 2147483647
        if len(html) > len(longest):
            longest = html
    print("pages", N_PAGES, "chars", total, "lines", lines)
    print("checksum", checksum)
    print(longest[:400])


main()
