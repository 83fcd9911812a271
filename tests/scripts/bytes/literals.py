# Bytes literals: every escape form, raw prefixes, implicit concatenation.
print(b'abc', b"abc", b'''tri
ple''', B'upper', rb'\n\x00', br'\d+', Rb'\\', bR'x\'y')
print(b'\x00\x01\x7f\x80\xff', b'\t\n\r\v\f\a\b\0', b'\101\102\7', b'\\', b'\'', b"\"")
print(b'a' b'b' b"c", b'x' rb'\y', len(b'\xff' * 3))
print(b'\N{DASH}', b'\u1234', b'\q')
print(b"it's", b'say "hi"', b'both \' and "', b'')
print(type(b'x'), type(b'x').__name__)
x = b'line1\
line2'
print(x)
print([b'k', (b'v', b'w')], {b'a': 1}, (b'a',))
