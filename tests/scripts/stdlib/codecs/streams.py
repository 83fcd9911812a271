# StreamReader / StreamWriter / StreamReaderWriter over io.BytesIO, and codecs.open.
import codecs
import io


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


data = 'l\xednea 1\nline 2\r\nline 3\rlast'.encode('utf-8')
r = codecs.getreader('utf-8')(io.BytesIO(data))
print(repr(r.readline()), repr(r.readline()), repr(r.readline()), repr(r.readline()), repr(r.readline()))
r = codecs.getreader('utf-8')(io.BytesIO(data))
print(r.readlines())
r = codecs.getreader('utf-8')(io.BytesIO(data))
print(list(r))
r = codecs.getreader('utf-8')(io.BytesIO(data))
print(repr(r.read(3)), repr(r.read()), repr(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO(data))
print(r.readline(keepends=False), r.readlines(keepends=False))
r = codecs.getreader('cp1252')(io.BytesIO(b'caf\xe9 \x80'))
print(repr(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO(b'ok\xffno'))
show(lambda: r.read())
r = codecs.getreader('utf-8')(io.BytesIO(b'ok\xffno'), 'replace')
show(lambda: r.read())
r = codecs.getreader('utf-8')(io.BytesIO(b'abc\xe2\x82'))
show(lambda: r.read())
print(r.bytebuffer)
r = codecs.getreader('utf-8-sig')(io.BytesIO(b'\xef\xbb\xbfhello'))
print(repr(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO(b'abc'))
r.read()
r.seek(0)
print(repr(r.read()), r.getvalue())

buf = io.BytesIO()
w = codecs.getwriter('cp1252')(buf)
w.write('caf\xe9 \u20ac')
w.writelines(['\n', 'x', 'y'])
print(buf.getvalue())
show(lambda: w.write('\u1234'))
w = codecs.getwriter('cp1252')(buf, 'replace')
w.write('\u1234')
print(buf.getvalue())
buf = io.BytesIO()
w = codecs.getwriter('utf-16')(buf)
w.write('a')
w.write('b')
print(buf.getvalue())
buf = io.BytesIO()
with codecs.getwriter('utf-8')(buf) as w:
    w.write('\u20ac')
    print(buf.getvalue())
print(buf.closed)

rw = codecs.StreamReaderWriter(io.BytesIO(b'abc\ndef'), codecs.getreader('ascii'), codecs.getwriter('ascii'))
print(repr(rw.readline()), repr(rw.read()))
rw.write('xyz')
print(rw.getvalue())
