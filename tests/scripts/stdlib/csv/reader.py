import csv
import io

def show(lines, *a, **kw):
    r = csv.reader(lines, *a, **kw)
    try:
        for row in r:
            print(r.line_num, row)
    except csv.Error as e:
        print('Error', r.line_num, e)
    except ValueError as e:
        print('ValueError', e)

show(['a,b,c', '1,2,3\r\n', '', '\n', 'x,,"y"', ',', '"a ""quoted"" word",z\n'])
show(io.StringIO('name,note\r\n"multi\r\nline",ok\r\n"a,b",c\r\n'))
show(['"unterminated', 'more', 'rows'])
show(['"ab'])
show(['"ab'], strict=True)
show(['a"b"c,"d"e'])
show(['a"b"c,"d"e'], strict=True)
show(['a\nb', 'c'])
show(['a\rb'])
show(['a\0b,c'])
show(['a;b;"c;d"'], delimiter=';')
show(["a,'b,c',d"], quotechar="'")
show(['a, b,  "c"'], skipinitialspace=True)
show(['a, b,  "c"'])
show(['a\\,b,c\\\\d,"e\\"f"'], escapechar='\\')
show(['a\\', 'b,c'], escapechar='\\')
show(['"a\\', 'b",c'], escapechar='\\')
show(['"a""b",c'], doublequote=False)
show(['"a"b,c'], doublequote=False)
show(['a,"b,c"'], quoting=csv.QUOTE_NONE)
show(['1,2.5,"x", -3,', '"4",abc'], quoting=csv.QUOTE_NONNUMERIC)
show(['a\tb\t"c\td"'], dialect='excel-tab')
show(['a\tb'], 'excel-tab')
show(['a,b'], 'unix')
show([1, 'a'])
show([b'a,b'])
show(['x' * 10, 'y,z'])
old = csv.field_size_limit(5)
print('old limit', old, csv.field_size_limit())
show(['12345,123456'])
show(['"12345","123456"'])
csv.field_size_limit(old)
show(['a' * 131073])
print(csv.field_size_limit() == 131072)
r = csv.reader(['a,b'])
print(type(r).__name__, r.dialect.delimiter, r.dialect.quoting, r.line_num, iter(r) is r)
print(next(r), r.line_num)
try:
    next(r)
except StopIteration:
    print('StopIteration')
rows = ['%d,"name %d",%d.5,"q ""x"""' % (i, i, i) for i in range(300)]
parsed = list(csv.reader(rows))
print(len(parsed), parsed[0], parsed[-1])
plain = list(csv.reader('%d,b%d,c\r\n' % (i, i) for i in range(400)))
print(len(plain), plain[-1])
# An escaped line break keeps the record going past the end of its line (`_csv.c`'s
# AFTER_ESCAPED_CRNL state is left only by a delimiter or an unescaped line break).
show([',\\a\\\n" ', '\t.\r'], escapechar='\\')
show([" . '\n", 'bb\\\n.1b', ''], strict=True, escapechar='\\')
show(['1\\\r\t', "\n\n\n\n\t' b"], strict=True, escapechar='\\')
show(['a\\\nb,c', 'd'], escapechar='\\')
# Quoted lines read by the one-line path and by the state machine agree.
show(['"a","b""c",d,"",', '"x"y,z', 'p,"q" ,r', '"open', 'still",done', ',"",""""'])
show(['1,"2",3.5,', '"a",-4e3'], quoting=csv.QUOTE_NONNUMERIC)
show(['x;"y;z";"w""v"'], delimiter=';')
old = csv.field_size_limit(4)
show(['"abcd","abcde"'])
show(['1234,12345'], quoting=csv.QUOTE_NONNUMERIC)
csv.field_size_limit(old)
