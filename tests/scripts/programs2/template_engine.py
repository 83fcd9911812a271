class TemplateError(Exception):
    pass


class Template:
    """Tiny templating: {{ name }}, {{ name|filter }}, {% for x in items %}...{% endfor %}."""

    FILTERS = {
        "upper": str.upper,
        "lower": str.lower,
        "title": str.title,
        "len": len,
        "money": lambda v: "${:,.2f}".format(v),
        "pad": lambda v: "{:<12}".format(v),
    }

    def __init__(self, source):
        self.source = source

    def render(self, **context):
        return self._render(self.source, context)

    def _lookup(self, expr, context):
        name, *filters = [part.strip() for part in expr.split("|")]
        value = context
        for i, attr in enumerate(name.split(".")):
            if isinstance(value, dict) and attr in value:
                value = value[attr]
            elif hasattr(value, attr):
                value = getattr(value, attr)
            else:
                raise TemplateError("unknown name {!r}".format(".".join(name.split(".")[:i + 1])))
        for f in filters:
            try:
                value = self.FILTERS[f](value)
            except KeyError:
                raise TemplateError(f"unknown filter {f!r}") from None
        return value

    def _render(self, text, context):
        out = []
        pos = 0
        while pos < len(text):
            var = text.find("{{", pos)
            tag = text.find("{%", pos)
            if var == -1 and tag == -1:
                out.append(text[pos:])
                break
            if tag == -1 or (var != -1 and var < tag):
                end = text.find("}}", var)
                if end == -1:
                    raise TemplateError("unclosed {{")
                out.append(text[pos:var])
                out.append(str(self._lookup(text[var + 2:end], context)))
                pos = end + 2
            else:
                end = text.find("%}", tag)
                words = text[tag + 2:end].split()
                if len(words) != 4 or words[0] != "for" or words[2] != "in":
                    raise TemplateError("bad tag: " + text[tag:end + 2])
                close = text.find("{% endfor %}", end)
                if close == -1:
                    raise TemplateError("missing endfor")
                out.append(text[pos:tag])
                body = text[end + 2:close]
                for item in self._lookup(words[3], context):
                    out.append(self._render(body, {**context, words[1]: item}))
                pos = close + len("{% endfor %}")
        return "".join(out)


class Customer:
    def __init__(self, name, tier):
        self.name = name
        self.tier = tier


invoice = Template("""Invoice for {{ customer.name|title }} ({{ customer.tier|upper }})
{% for line in lines %}  {{ line.item|pad }}{{ line.qty }} x {{ line.price|money }}
{% endfor %}Total: {{ total|money }} for {{ lines|len }} lines""")
lines = [{"item": "widget", "qty": 3, "price": 4.5}, {"item": "gizmo deluxe", "qty": 1, "price": 1299.99}]
total = sum(l["qty"] * l["price"] for l in lines)
print(invoice.render(customer=Customer("ada lovelace", "gold"), lines=lines, total=total))
print(Template("Hello {{ who }}! {% for c in letters %}[{{ c }}]{% endfor %}").render(who="you", letters="abc"))
print("{0} + {0} = {1}; {name:>6}|{pi:.3f}|{n:05d}|{items[1]}".format(2, 4, name="bob", pi=3.14159, n=42, items=["x", "y"]))
for src, ctx in [("{{ missing }}", {}), ("{{ x|shout }}", {"x": "hi"}), ("{% if x %}", {}),
                 ("{{ a.b.c }}", {"a": {"b": {}}}), ("{{ open", {}), ("{% for x in xs %}", {"xs": []})]:
    try:
        print(Template(src).render(**ctx))
    except TemplateError as e:
        print(f"TemplateError: {e}")
