import textwrap

print(repr(textwrap.shorten("Hello  world!", width=12)))
print(repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten("  The quick   brown fox jumps over the lazy dog  ", 20)))
print(repr(textwrap.shorten("The quick brown fox", 10, placeholder="...")))
print(repr(textwrap.shorten("", 5)))
print(repr(textwrap.shorten("Supercalifragilistic", 10)))

print(repr(textwrap.dedent("""\
    def f():
        return 1
      
    x = 2
""")))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("\t  a\n\t b\n\t\n")))
print(repr(textwrap.dedent("   a\n  b\n    c")))
print(repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.dedent("  \n  \n")))
print(repr(textwrap.dedent("  x\r\n  y\r\n")))
print(repr(textwrap.dedent("")))

print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\r\nb\rc\n", "+")))
print(repr(textwrap.indent("a\n\nb\n", "# ", lambda line: True)))
print(repr(textwrap.indent("keep\nskip\nkeep", "-", lambda line: line.startswith("k"))))

for bad in (0, -3):
    try:
        textwrap.wrap("abc", bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.wrap("abc def", 4, max_lines=2, subsequent_indent="    ")
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.shorten("abc def ghi", 3)
except ValueError as e:
    print("ValueError:", e)
print(textwrap.wrap("abc", 4, max_lines=1, placeholder="  ...."))
w = textwrap.TextWrapper()
print(w.width, w.tabsize, w.max_lines, repr(w.placeholder), w.break_on_hyphens)
w.width = 5
print(w.fill("alpha beta gamma"))
textwrap.fill("x", width=0)
