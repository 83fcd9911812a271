import csv
import io

def write(rows, **kw):
    buf = io.StringIO()
    w = csv.writer(buf, **kw)
    try:
        for row in rows:
            w.writerow(row)
    except csv.Error as e:
        print('Error', e)
    print(repr(buf.getvalue()))

write([['a', 'b'], [1, 2.5, None, True], [], [''], [None], ['x y', ' lead', 'trail ']])
write([['a,b', 'c"d', 'e\nf', 'g\rh', 'plain']])
write([['a', '', None, 1]], quoting=csv.QUOTE_ALL)
write([['a', '', None, 1, 2.0, False, 3 + 0]], quoting=csv.QUOTE_NONNUMERIC)
write([['a', 'b,c']], quoting=csv.QUOTE_NONE)
write([['a', 'b,c', 'd"e', 'f\\g']], quoting=csv.QUOTE_NONE, escapechar='\\')
write([['']], quoting=csv.QUOTE_NONE)
write([['a"b', 'c\\d']], doublequote=False, escapechar='\\')
write([['a"b']], doublequote=False)
write([['a;b', 'c,d']], delimiter=';')
write([['a', 'b']], lineterminator='\n')
write([['a|b', 'c']], lineterminator='|')
write([['a', "it's"]], quotechar="'")
write([['x', 'y']], dialect='unix')
write([['x', 'y\tz']], dialect='excel-tab')
write(['abc', (1, 2), range(3)])
write([1])
write([None])
buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(['abc', 'de']), w.writerows([[1], [2, 3]]), repr(buf.getvalue()))
print(type(w).__name__, w.dialect.lineterminator == '\r\n')

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return 'ret'
s = Sink()
print(csv.writer(s).writerow(['q', 'r']), s.parts)
for bad in [1, 'text', object()]:
    try:
        csv.writer(bad)
    except TypeError as e:
        print('TypeError', e)
# round trip
rows = [['a', 'b,c', 'd"e', 'f\r\ng', ''], ['', '', ''], ['1']]
buf = io.StringIO()
csv.writer(buf).writerows(rows)
back = list(csv.reader(io.StringIO(buf.getvalue(), newline='')))
print(back == rows, back)
