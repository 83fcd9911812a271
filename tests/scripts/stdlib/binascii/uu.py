# binascii's uuencode lines: round trips, backtick, the length byte, illegal and trailing characters.
import binascii
def t(f, *a, **k):
    try: print(f.__name__, repr(f(*a, **k)))
    except Exception as e: print(f.__name__, type(e).__name__, e)
for d in [b"", b"a", b"ab", b"abc", b"hello world", bytes(range(45)), b"\0\0\0", bytes(range(200, 245))]:
    e = binascii.b2a_uu(d)
    print(e, binascii.b2a_uu(d, backtick=True), binascii.a2b_uu(e) == d, binascii.a2b_uu(binascii.b2a_uu(d, backtick=True)) == d)
t(binascii.b2a_uu, b"x" * 46)
t(binascii.b2a_uu, "abc")
for s in [b"", b"\n", b"!", b"#86)C", b"#86)C\n", b"#86)C   \n", b"#86)Cxx", b"#86)C``", b"#86\n", b"%86)C", b"#8~)C", b"#8\x01)C", "#86)C", "é", b" ", b"`", b"M" + b"!" * 60]:
    t(binascii.a2b_uu, s)
