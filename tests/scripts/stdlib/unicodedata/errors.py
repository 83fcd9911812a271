# unicodedata's argument errors and missing-value errors, as CPython 3.11 words them.
import unicodedata as u


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for fn in ('category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored', 'decomposition'):
    f = getattr(u, fn)
    t(lambda: f('ab'))
    t(lambda: f(''))
    t(lambda: f(1))
    t(lambda: f(None))
    t(lambda: f(b'a'))
    t(lambda: f())
    t(lambda: f('a', 'b'))
    t(lambda: f(c='a'))

for fn in ('name', 'decimal', 'digit', 'numeric'):
    f = getattr(u, fn)
    t(lambda: f('ab'))
    t(lambda: f(2.5))
    t(lambda: f())
    t(lambda: f('a', 1, 2))
    t(lambda: f('a', default=1))
    t(lambda: f('\x00'))
    t(lambda: f('\x00', None))

t(lambda: u.name('\U0001fae8'))
t(lambda: u.decimal('\u00bd'))
t(lambda: u.digit('\u00bd'))
t(lambda: u.digit('\u00b2'))
t(lambda: u.decimal('\u00b2'))

for fn in ('normalize', 'is_normalized'):
    f = getattr(u, fn)
    t(lambda: f('NFX', 'a'))
    t(lambda: f('nfc', 'a'))
    t(lambda: f('NFC'))
    t(lambda: f('NFC', 'a', 'b'))
    t(lambda: f(3, 'a'))
    t(lambda: f('NFC', 3))
    t(lambda: f('NFC', b'a'))
    t(lambda: f(form='NFC', unistr='a'))

print(hasattr(u, 'nonexistent'))
try:
    u.nonexistent
except AttributeError as e:
    print('AttributeError', e)
