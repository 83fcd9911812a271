import html
import html.entities
from html import escape, unescape

for s in ['<a href="x">Tom & Jerry\'s</a>', '', 'plain', '&amp;', '"\'<>&']:
    print(repr(escape(s)), repr(escape(s, quote=False)), repr(escape(s, False)))
cases = ['&amp; &lt; &gt; &quot; &#39; &#x27;', '&amp &lt &gt', '&notit; &notin; &not &notx',
         '&#65;&#x41;&#X41;&#0065', '&#0; &#13; &#128; &#x80; &#x9F; &#150;', '&#xD800; &#xDFFF; &#x110000; &#99999999999;',
         '&#1; &#11; &#x7f; &#xFDD0; &#xFFFE; &#x1FFFF; &#x10FFFF; &#9;', '&#; &#x; &#xg; & ; &&amp;', '&unknown; &Amp; &AMP;',
         '&fjlig; &ThickSpace; &NewLine; &nbsp;&copy2023', '&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;', '&ampxyz; &ltfoo',
         'a&b&c', '&', '&#', '&#x', 'no refs', '&amp;amp;', '&Eacute;t&eacute; &eacuteaux', '&\r;x &lt\n;',
         '&sup1&sup2; &frac12x', '&#x1F600; &#128512;', '&abcdefghijklmnopqrstuvwxyz0123456789;']
for s in cases:
    print(repr(s), '->', repr(unescape(s)))
print(unescape(escape('<p class="a">x & y</p>')))
e = html.entities
print(len(e.html5), len(e.name2codepoint), len(e.codepoint2name), len(e.entitydefs))
print(e.name2codepoint['amp'], e.codepoint2name[60], repr(e.entitydefs['nbsp']), e.html5['lang;'], e.name2codepoint['lang'])
print(list(e.html5)[:8], list(e.html5)[-3:], list(e.name2codepoint)[:5], list(e.codepoint2name.items())[-3:])
print(e.__all__, html.__all__)
print(sum(len(v) for v in e.html5.values()), sorted(k for k, v in e.html5.items() if len(v) > 1)[:5])
try:
    escape(None)
except AttributeError as x:
    print('AttributeError', x)
try:
    unescape(5)
except TypeError as x:
    print('TypeError', x)
