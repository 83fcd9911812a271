# str.format_map with dicts and user mappings.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print("{a}-{b!r}-{c[0]}".format_map({"a": 1, "b": "x", "c": [9]}))

class Defaulting:
    def __init__(self):
        self.asked = []
    def __getitem__(self, key):
        self.asked.append(key)
        return "<" + key + ">"

d = Defaulting()
print("{x} {y:>5} {x}".format_map(d), d.asked)
print("{a.real}".format_map({"a": 7}), "plain".format_map(None), "{{}}".format_map({}))
attempt("positional auto", lambda: "{}".format_map({}))
attempt("positional manual", lambda: "{0}".format_map({"0": 1}))
attempt("missing key", lambda: "{a}".format_map({}))
attempt("list mapping", lambda: "{a}".format_map([]))
attempt("int mapping", lambda: "{a}".format_map(1))
attempt("nested spec key", lambda: "{a:{w}}".format_map({"a": 1}))
print("{a:{w}}".format_map({"a": 1, "w": 4}))
