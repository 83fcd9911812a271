# Padding, formatting widths and precisions with extreme values.

def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r)[:60], len(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

for w in [2**40, 2**62, 2**63, 2**100, -2**63, -2**100, -1, 5]:
    show(f"center {w}", lambda: "x".center(w))
    show(f"ljust {w}", lambda: "x".ljust(w, "-"))
    show(f"rjust {w}", lambda: "x".rjust(w))
    show(f"zfill {w}", lambda: "7".zfill(w))
    show(f"expandtabs {w}", lambda: "a\tb".expandtabs(w))

show("fmt width 2**40", lambda: f"{1:{2**40}}")
show("fmt width 2**63", lambda: f"{1:{2**63}}")
show("fmt str width 2**40", lambda: f"{'s':{2**40}}")
show("fmt float width 2**40", lambda: f"{1.5:>{2**40}}")
show("fmt precision 2**40", lambda: f"{1.5:.{2**40}f}")
show("fmt str precision 2**63", lambda: f"{'s':.{2**63}}")
show("fmt str precision 2**40", lambda: f"{'abc':.{2**40}}")
show("format() width", lambda: format(7, "99999999999999999999"))
show("str.format width 2**63", lambda: "{:{}}".format(1, 2**63))
show("str.format width 2**40", lambda: "{:>{}}".format("a", 2**40))
show("str.format precision", lambda: "{:.{}f}".format(1.5, 2**100))

show("%*d 2**63", lambda: "%*d" % (2**63, 1))
show("%*d -2**64", lambda: "%*d" % (-2**64, 1))
show("%*d 2**40", lambda: "%*d" % (2**40, 1))
show("%*s -2**63", lambda: "%*s" % (-2**63, "ab"))
show("%*s -3", lambda: "%*s|" % (-3, "ab"))
show("%*s float", lambda: "%*s" % (1.5, "ab"))
show("%.*f 2**40", lambda: "%.*f" % (2**40, 1.0))
show("%.*f 2**31", lambda: "%.*f" % (2**31, 1.0))
show("%.*f -2**40", lambda: "%.*f" % (-2**40, 1.0))
show("%.*s 2**63", lambda: "%.*s" % (2**63, "ab"))
show("%.*d 2**31-1", lambda: "%.*d" % (2**31 - 1, 1))
show("%.*x 2**31-3", lambda: "%.*x" % (2**31 - 3, 1))
show("%.9999999999d", lambda: "%.9999999999d" % 1)
show("%.2147483648f", lambda: "%.2147483648f" % 1.0)
show("%99999999999999999999d", lambda: "%99999999999999999999d" % 1)
show("%*s 2**40", lambda: "%*s" % (2**40, "a"))
show("%5.2f ok", lambda: "%5.2f|%-6d|%*d" % (3.14159, 42, 4, 7))
