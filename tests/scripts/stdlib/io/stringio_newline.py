# StringIO's newline translation for every newline argument, and what newlines records.
import io

text = 'a\nb\r\nc\rd\n\re'
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))
    s = io.StringIO(newline=nl)
    print(' ', s.write('x\ny\r\nz\r'), repr(s.getvalue()), repr(s.newlines))
    s.seek(0)
    print(' ', [s.readline() for _ in range(5)], repr(s.newlines))
    s = io.StringIO(newline=nl)
    for piece in ['p\r', '\nq', '\r\n', 'r\n']:
        s.write(piece)
    print(' ', repr(s.getvalue()), repr(s.newlines), s.tell())
    s.seek(0)
    print(' ', list(s), repr(s.readline(1)))

for seen in ['\n', '\r', '\r\n', '\n\r', 'a\r\nb\n', 'a\r\nb\r', '\r\n\r\n', '\r\r\n\n']:
    print(repr(seen), repr(io.StringIO(seen, newline=None).newlines), repr(io.StringIO(seen, newline='').newlines))
print(io.StringIO('line\r\nnext', newline='').readline(5))
print(repr(io.StringIO('ab\r', newline='').readline()), repr(io.StringIO('ab\r\ncd', newline='\r').readline()))
