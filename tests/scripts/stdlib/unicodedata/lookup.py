# unicodedata.lookup: names, aliases, named sequences, the algorithmic names, and its errors.
import unicodedata as u


def t(name):
    try:
        print(ascii(u.lookup(name)))
    except Exception as e:
        print(type(e).__name__, e)


for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Small Letter A', 'SNOWMAN',
             'NBSP', 'NULL', 'LINE FEED', 'BYTE ORDER MARK', 'ZWJ', 'VS1', 'EURO SIGN',
             'CJK UNIFIED IDEOGRAPH-4E00', 'cjk unified ideograph-4e00', 'CJK UNIFIED IDEOGRAPH-3134A',
             'CJK UNIFIED IDEOGRAPH-2B739', 'CJK UNIFIED IDEOGRAPH-9FFF', 'CJK UNIFIED IDEOGRAPH-4DC0',
             'HANGUL SYLLABLE GAG', 'hangul syllable gag', 'HANGUL SYLLABLE HIH', 'HANGUL SYLLABLE',
             'CJK COMPATIBILITY IDEOGRAPH-F900', 'TANGUT IDEOGRAPH-17000', 'TANGUT COMPONENT-001',
             'KHITAN SMALL SCRIPT CHARACTER-18B00', 'NUSHU CHARACTER-1B170', 'SHAKING FACE',
             'MELTING FACE', 'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE',
             'latin capital letter a with macron and grave', 'KEYCAP DIGIT ONE',
             'TAMIL SYLLABLE KSSA', 'LATIN SMALL  LETTER A', 'LATIN_SMALL_LETTER_A',
             'LATINSMALLLETTERA', ' LATIN SMALL LETTER A', 'LATIN SMALL LETTER A ', '', '-',
             'HYPHEN-MINUS', 'HYPHENMINUS', 'HYPHEN MINUS', 'TIBETAN LETTER A', 'TIBETAN MARK BSKA- SHOG GI MGO RGYAN',
             'TIBETAN MARK BKA- SHOG GI MGO RGYAN', '\u00e9', 'a' * 256, 'a' * 257, '\u00e9' * 129,
             b'SNOWMAN', b'snowman', b'\xff', b'NO SUCH NAME', 'CUNEIFORM SIGN NU11 TENU']:
    t(name)

for bad in [3, None, bytearray(b'SNOWMAN'), memoryview(b'SNOWMAN'), ['SNOWMAN']]:
    try:
        u.lookup(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    u.lookup()
except TypeError as e:
    print(e)
try:
    u.lookup(name='x')
except TypeError as e:
    print(e)
try:
    u.lookup('nope')
except KeyError as e:
    print(repr(e), e.args)

# Round trips over a range of names.
n = 0
for cp in range(0x20, 0x3000, 7):
    name = u.name(chr(cp), None)
    if name is not None:
        assert u.lookup(name) == chr(cp), name
        assert u.lookup(name.lower()) == chr(cp), name
        n += 1
print(n, 'names round-trip')

# The same names in string literals, and namereplace, know only Unicode 14.0's names.
print(ascii('\N{SNOWMAN}\N{nbsp}\N{BYTE ORDER MARK}'))
for src in [r'"\N{SHAKING FACE}"', r'"\N{TANGUT IDEOGRAPH-17000}"', r'"\N{EM}"', r'"\N{SUNDANESE LETTER ARCHAIC I}"']:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print('SyntaxError', e.msg)
print('\U0001fae8\U00017000\u00e9\U000e0001\U0001f600'.encode('ascii', 'namereplace'))
