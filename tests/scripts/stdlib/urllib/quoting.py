import urllib.parse
from urllib.parse import quote, quote_plus, unquote, unquote_plus, quote_from_bytes, unquote_to_bytes, urlencode

for s in ['abc def', '/path/to file?x=1&y=2', 'ümlaut €', '', '~_.-', 'a+b', "!*'();:@&=+$,/?#[]",
          '\x00\x7f\xff', 'snow☃man']:
    print(repr(s), quote(s), quote(s, safe=''), quote(s, safe=':/?'), quote_plus(s), quote_plus(s, safe='/+'))
print(quote(b'a b/\xff'), quote(bytearray(b'x y')), quote_from_bytes(b'abc def\x3f'), quote_from_bytes(b''))
print(quote('é', encoding='latin-1'), quote('é€', encoding='latin-1', errors='replace'), quote('€', errors='ignore', encoding='ascii'))
print(quote('a b', safe=b' '), quote_plus(b'a b+c'), quote_plus('a b', safe=b'/'))
for bad in [lambda: quote(b'x', encoding='utf-8'), lambda: quote(b'x', errors='strict'),
            lambda: quote_from_bytes('str'), lambda: quote(5), lambda: quote('€', encoding='ascii')]:
    try:
        print(bad())
    except (TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
for s in ['abc%20def', '%7e/abc+def', '%E2%82%AC and %e2%82%ac', '%zz%4', '100%', 'ü%C3%BCü', '%C3',
          '%ff%fe', '', 'plain', '%41%42%43']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote(b'a%20b'), unquote('%E9', encoding='latin-1'), unquote('%E9', errors='strict', encoding='latin-1'))
print(repr(unquote('%ff', errors='ignore')), unquote_to_bytes(b'%41%4'), unquote_to_bytes(''))
try:
    unquote('%ff', errors='strict')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
try:
    unquote(None)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    unquote_to_bytes(None)
except AttributeError as e:
    print('AttributeError', e)

print(urlencode({'a': 1, 'b': 'x y', 'c': 'ü&='}))
print(urlencode([('q', 'py thon'), ('q', 'rust'), ('n', None)]))
print(urlencode({'tags': ['a', 'b c'], 'one': 'x', 'n': 5, 't': ('p', b'q r')}, doseq=True))
print(urlencode({'tags': ['a', 'b']}))
print(urlencode({'path': '/a/b c'}, safe='/'), urlencode({'p': '/a b'}, quote_via=quote))
print(urlencode({b'k y': b'v/w'}), urlencode({'k': 'é'}, encoding='latin-1'), urlencode([]), urlencode({}))
for bad in ['abc', [1, 2], 5]:
    try:
        urlencode(bad)
    except TypeError as e:
        print('TypeError', e)
print(sorted(urllib.parse.__all__))
import urllib
print(urllib.parse.quote is quote, urllib.__name__, urllib.parse.__name__)
from urllib import parse
print(parse.urlsplit('x://y').netloc)
