from urllib.parse import (urlparse, urlunparse, urlsplit, urlunsplit, urljoin, urldefrag,
                          parse_qs, parse_qsl, SplitResult, ParseResult, DefragResult)
import urllib.parse

urls = ['http://user:pw@Example.COM:8080/p/a/t/h;params?query=1&b=2#frag',
        'https://example.com', 'HTTP://[::1]:80/x', 'http://[fe80::1%25eth0]/', 'ftp://ftp.example.org/file.txt',
        'mailto:someone@example.com', 'file:///etc/passwd', '//netloc/only', '/just/a/path?x#y',
        'relative/path', 'news:comp.lang.python', 'http://host/path;p1;p2/last;lp?q', 'a1+.-:rest',
        '1http://x', ' \thttp://ex\nample.com/a\tb', 'http://h/#', 'http://h?', 'http://@host',
        'http://user@host', 'http://:pw@host:', 'http://host:0/', 'tel:+1-816-555-1212;ext=2',
        'sip:alice@atlanta.com;transport=tcp', 'http://h/a?b#c?d', 'path:80', 'http://[v1.fe]/']
for u in urls:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(u))
    print('  ', s)
    print('  ', p)
    print('  ', s.username, s.password, s.hostname, s.port, s.geturl(), p.geturl())
print(urlsplit('http://h/a#b', allow_fragments=False), urlparse('x/y', scheme='https'))
print(urlsplit('//h/p', 'ftp'), urlparse('HTTP:x').scheme)
for u in ['http://h:abc/', 'http://h:99999/', 'http://h:-1/', 'http://h: 8/']:
    try:
        print(urlsplit(u).port)
    except ValueError as e:
        print('ValueError', e)
for u in ['http://[::1/', 'http://::1]/', 'http://[1.2.3.4]/', 'http://[vz.1]/', 'http://[zzz]/',
          'http://a[::1]/', 'http://[::1]x/', 'http://[1:2:3:4:5:6:7:8:9]/', 'http://[::1::2]/',
          'http://[::ffff:1.2.3.4]/', 'http://[1::2:3:4:5:6:7]/', 'http://ex\uff0fample.com/',
          'http://exämple.com/', 'http://[v1.]/']:
    try:
        print(urlsplit(u))
    except ValueError as e:
        print('ValueError', e)
print(urlunsplit(('http', 'h', 'p', 'q', 'f')), urlunsplit(('http', '', 'p', '', '')),
      urlunsplit(('', '', '//p', '', '')), urlunsplit(['mailto', '', 'x@y', '', '']))
print(urlunparse(('http', 'h', '/p', 'par', 'q', 'f')), urlunparse(urlparse('http://h/p;x?y#z')))
r = urlsplit(b'http://User@Host:81/p?q#f')
print(r, r.hostname, r.port, r.username, r.geturl(), type(r).__name__)
print(r.decode(), urlsplit('http://h/x').encode(), urlparse(b'http://h/;p'))
try:
    urljoin('http://h/', b'x')
except TypeError as e:
    print('TypeError', e)
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
            'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g',
            '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h',
            'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g#s/../x', 'http:g', 'https:g']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('', 'x'), urljoin('http://h/a', ''), urljoin('http://h/a/', 'b', allow_fragments=False))
print(urljoin(b'http://h/a/b', b'../c'), urljoin('mailto:x', 'y'), urljoin('http://h', 'x'))
print(urldefrag('http://h/p?q#frag'), urldefrag('http://h/p'), urldefrag(b'x#y'))
d = urldefrag('http://h/p#f')
print(d.url, d.fragment, d.geturl(), type(d).__name__, isinstance(d, tuple), len(d))
qs = 'a=1&b=2&a=3&empty=&noeq&plus=x+y&pct=%41%20b&=v&&'
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs), parse_qsl(qs, True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl(b'k=v&x=%41'), parse_qs('k=%E9', encoding='latin-1'))
for kw in [dict(strict_parsing=True), dict(max_num_fields=2), dict(separator=''), dict(separator=None)]:
    try:
        print(parse_qsl('a=1&noeq&b=2', **kw))
    except ValueError as e:
        print('ValueError', e)
try:
    parse_qsl('a=1&&b', strict_parsing=True)
except ValueError as e:
    print('ValueError', e)
print(parse_qsl('a=1&b=2', max_num_fields=2), parse_qsl(''), parse_qs(''))
p = urlparse('http://h/p')
print(p._replace(scheme='https').geturl(), p._fields, p[1], p.netloc, isinstance(p, ParseResult))
s = SplitResult('http', 'x:1', '/', '', '')
print(s.port, s, SplitResult._fields, DefragResult._fields)
print(urllib.parse.uses_netloc[:3], urllib.parse.scheme_chars[-4:])
