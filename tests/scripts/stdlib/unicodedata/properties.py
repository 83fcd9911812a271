# Every property function of unicodedata over characters of many kinds, with defaults.
import unicodedata

chars = ['a', 'Z', '0', '9', '\u00bd', '\u2155', '\u0661', '\u00b2', '\u2460', '\u216b', '\u4e00',
         '\uac00', '\u0301', '\u05d0', '\u0627', ' ', '\t', '\x00', '\u200d', '\ud7a3', '\ue000',
         '\U0001f600', '\U00020000', '\U000e0001', '\uffff', '\U0001fae8', '(', ')', '\u00c5',
         '\u212b', '\ufb01', '\u3000', '\uff21', '\u0e50', '\U0001d7ce', '\u0f33', '\U00010107']
for c in chars:
    print(ascii(c), unicodedata.category(c), repr(unicodedata.bidirectional(c)),
          unicodedata.combining(c), unicodedata.east_asian_width(c), unicodedata.mirrored(c),
          unicodedata.decimal(c, None), unicodedata.digit(c, None), unicodedata.numeric(c, None),
          repr(unicodedata.decomposition(c)), unicodedata.name(c, '<none>'))

print(unicodedata.unidata_version)
print(unicodedata.numeric('\u2155'), unicodedata.numeric('\U00016b5e', 'x'), unicodedata.numeric('\u5146'))
print(type(unicodedata.numeric('1')), type(unicodedata.decimal('1')), type(unicodedata.mirrored('(')))
print(unicodedata.decimal('x', 'default'), unicodedata.digit('x', []), unicodedata.name('\x01', 0))


class S(str):
    pass


print(unicodedata.category(S('a')), unicodedata.name(S('b')), unicodedata.normalize(S('NFD'), S('\u00e9')) == 'e\u0301')

counts = {}
for cp in range(0, 0x3000, 7):
    cat = unicodedata.category(chr(cp))
    counts[cat] = counts.get(cat, 0) + 1
print(sorted(counts.items()))
