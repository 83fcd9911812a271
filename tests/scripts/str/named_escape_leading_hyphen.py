# \N{...} with a name that starts with a hyphen: no character has such a name.
for src in ['"\\N{-zz=}"', '"\\N{-}"', '"\\N{ -LATIN SMALL LETTER A}"', '"\\N{LATIN SMALL LETTER A}"']:
    try:
        print(repr(eval(src)))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
import re
for pat in ["\\N{-zz}", "\\N{-}", "\\N{LATIN SMALL LETTER A}+"]:
    try:
        print(re.compile(pat).pattern, re.match(pat, "aa"))
    except re.error as e:
        print("re.error:", e)
# CPython ignores case only: no loose matching of spaces, underscores or hyphens; aliases work.
for src in ['"\\N{latin small letter a}"', '"\\N{LATIN_SMALL_LETTER_A}"', '"\\N{HYPHENMINUS}"',
            '"\\N{LATIN SMALL  LETTER A}"', '"\\N{LATINSMALLLETTERA}"', '"\\N{NBSP}"', '"\\N{LINE FEED}"',
            '"\\N{HYPHEN-MINUS}"', '"\\N{cjk unified ideograph-4e00}"', '"\\N{HANGUL SYLLABLE GA}"',
            '"\\N{LATIN SMALL LETTER A }"']:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
for src in ['"\\N{hangul syllable ga}"', '"\\N{CJK UNIFIED IDEOGRAPH-4E00}"', '"\\N{HANGUL SYLLABLE ga}"']:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
