# A tiny template engine that compiles templates to Python source code.
# Syntax: {{ expr }} escaped output, {{! expr }} raw output,
#         {% for x in xs %}...{% endfor %}, {% if c %}...{% elif c %}...{% else %}...{% endif %}


class TemplateSyntaxError(Exception):
    pass


def escape_html(value):
    text = str(value)
    replacements = [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;")]
    for old, new in replacements:
        text = text.replace(old, new)
    return text


class CodeBuilder:
    def __init__(self):
        self.lines = []
        self.indent = 1

    def add(self, line):
        self.lines.append("    " * self.indent + line)

    def source(self):
        return "def render(ctx, _escape, _out):\n" + "\n".join(self.lines or ["    pass"]) + "\n"


def tokenize(template):
    pos = 0
    while pos < len(template):
        start = template.find("{", pos)
        while start != -1 and template[start + 1:start + 2] not in ("{", "%"):
            start = template.find("{", start + 1)
        if start == -1:
            yield ("text", template[pos:])
            return
        if start > pos:
            yield ("text", template[pos:start])
        closer = "}}" if template[start + 1] == "{" else "%}"
        end = template.find(closer, start + 2)
        if end == -1:
            line = template.count("\n", 0, start) + 1
            raise TemplateSyntaxError(f"unclosed tag on line {line}")
        kind = "expr" if closer == "}}" else "stmt"
        yield (kind, template[start + 2:end].strip())
        pos = end + 2


def compile_template(template):
    code = CodeBuilder()
    stack = []
    for kind, body in tokenize(template):
        if kind == "text":
            code.add(f"_out.append({body!r})")
        elif kind == "expr":
            if body.startswith("!"):
                code.add(f"_out.append(str({body[1:].strip()}))")
            else:
                code.add(f"_out.append(_escape({body}))")
        else:
            word, _, rest = body.partition(" ")
            match word:
                case "for":
                    code.add(f"for {rest}:")
                    code.indent += 1
                    stack.append("for")
                case "if":
                    code.add(f"if {rest}:")
                    code.indent += 1
                    stack.append("if")
                case "elif" | "else" if stack and stack[-1] == "if":
                    code.indent -= 1
                    code.add(f"elif {rest}:" if word == "elif" else "else:")
                    code.indent += 1
                case "endfor" | "endif":
                    expected = word[3:]
                    if not stack or stack[-1] != expected:
                        raise TemplateSyntaxError(f"unexpected {word}, open blocks: {stack}")
                    stack.pop()
                    code.add("pass")
                    code.indent -= 1
                case "set":
                    code.add(rest)
                case _:
                    raise TemplateSyntaxError(f"unknown tag {word!r}")
    if stack:
        raise TemplateSyntaxError(f"unclosed blocks: {stack}")
    return code.source()


class Template:
    def __init__(self, text):
        self.source = compile_template(text)
        self.code = compile(self.source, "<template>", "exec")

    def render(self, **context):
        namespace = dict(context)
        namespace["ctx"] = context
        exec(self.code, namespace)
        out = []
        namespace["render"](context, escape_html, out)
        return "".join(out)


page = """<h1>{{ title }}</h1>
<ul>
{% for item in items %}  <li class="{{ 'odd' if loop_index(item) % 2 else 'even' }}">{{ item['name'] }}: ${{ '%.2f' % item['price'] }}{% if item['price'] > 20 %} (premium){% endif %}</li>
{% endfor %}</ul>
{% if not items %}<p>No items.</p>{% elif len(items) == 1 %}<p>One item.</p>{% else %}<p>{{ len(items) }} items, total ${{ '%.2f' % sum(i['price'] for i in items) }}</p>{% endif %}
<footer>{{! footer }}</footer>"""

items = [
    {"name": "Widget <b>", "price": 9.5},
    {"name": "Gadget & Co", "price": 25.0},
    {"name": "\"Quoted\" thing's", "price": 3},
]
tpl = Template(page)
print("--- generated source ---")
print(tpl.source)
print("--- render 1 ---")
print(tpl.render(title="Shop <Sale>", items=items, footer="<i>raw footer</i>",
                 loop_index=lambda it: items.index(it)))
print("--- render 2 ---")
print(tpl.render(title="Empty", items=[], footer="", loop_index=None))
print("--- render 3 ---")
print(tpl.render(title="One", items=items[:1], footer="&copy;", loop_index=lambda it: 0))

table = Template("{% for row in rows %}{% for cell in row %}[{{ cell }}]{% endfor %}\n{% endfor %}"
                 "{% set total = sum(sum(r) for r in rows) %}total={{ total }}")
print(table.render(rows=[[1, 2, 3], [4, 5, 6], [7, 8, 9]]))

print("escape:", escape_html("<a href=\"x\">Tom & Jerry's</a>"))
print("braces kept:", Template("a {b} {c d} {{ x }}").render(x=1))

for bad in ["{% for x in y %}no end", "{{ oops", "{% endif %}", "{% while True %}{% endwhile %}",
            "{% if a %}x{% endfor %}"]:
    try:
        Template(bad)
        print("compiled?!", bad)
    except TemplateSyntaxError as e:
        print(f"{bad!r}: TemplateSyntaxError: {e}")

try:
    Template("{{ missing_name }}").render()
except NameError as e:
    print("NameError:", e)
try:
    Template("{{ 1 +* 2 }}")
except SyntaxError as e:
    print("SyntaxError in template, filename:", e.filename)
