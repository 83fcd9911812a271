s = b'Hello World 123 \xe9\xff'
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
print(b"they're bill's friends".title(), b'hELLO wORLD'.capitalize(), b'123abc'.title(), bytearray(b'abc').upper(), b''.upper())
tests = [b'', b'abc', b'ABC', b'Abc', b'Abc Def', b'abc123', b'123', b' \t\n', b'a b', b'\xe9', b'Abc1', b'ABC def', b'aBc', b'A', b'1A', b'a1']
for t in tests:
    print(t, t.isalnum(), t.isalpha(), t.isascii(), t.isdigit(), t.islower(), t.isspace(), t.istitle(), t.isupper())
print(bytearray(b'Title Case').istitle(), bytearray(b'\x80').isascii())
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: b'a'.upper(1))
check(lambda: b'a'.isalpha(1))
check(lambda: b'a'.title(x=1))
check(lambda: bytes.upper(1))
check(lambda: bytes.upper())
check(lambda: bytes.upper(b'abc'))
