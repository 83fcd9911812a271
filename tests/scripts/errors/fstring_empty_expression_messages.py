# SyntaxError messages for f-strings with an empty expression before a specifier.
for src in ["f'' = 3", "f'{0}' = x", "f'{x}' = x", "del f''", "del '' f''", "f'{!r}'", "f'{ !r}'", "f'{!}'", "f'{:x}'", "f'{=}'", "f'{*a}'", "'' = 3", "del ''"]:
    try:
        compile(src, "?", "exec")
    except SyntaxError as e:
        print(repr(src), e.msg, e.offset)
