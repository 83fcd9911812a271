# Methods called through the class: the receiver must be a str.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(list(map(str.upper, ["ab", "Cd", ""])))
print(sorted(["b", "A", "c", "B"], key=str.lower))
print(sorted(["Straße", "strasse", "STRASSE"], key=str.casefold))
print(str.join("-", ["x", "y"]), str.split("a b  c"), str.replace("aaa", "a", "b", 2))
print(str.format("{}+{}", 1, 2), str.format_map("{a}", {"a": 5}))
print(list(filter(str.isdigit, ["1", "a", "23", ""])))
print(str.startswith("hello", ("x", "he")), str.center("a", 5, "*"))
f = str.strip
print(f("  x  "), f("xxaxx", "x"))
attempt("str.upper(1)", lambda: str.upper(1))
attempt("str.upper()", lambda: str.upper())
attempt("str.join(1, [])", lambda: str.join(1, []))
attempt("str.split(None)", lambda: str.split(None))
attempt("str.format()", lambda: str.format())
attempt("str.format(x=1)", lambda: str.format(x=1))
attempt("str.format(1)", lambda: str.format(1))
attempt("str.find([], 'a')", lambda: str.find([], "a"))
attempt("str.isalpha(3.5)", lambda: str.isalpha(3.5))
attempt("str.center(None, 3)", lambda: str.center(None, 3))
attempt("map over ints", lambda: list(map(str.lower, ["A", 1])))
