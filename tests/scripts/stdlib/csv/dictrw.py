import csv
import io

data = 'name,age,city\r\nAnn,30,Oslo\r\n\r\nBob,25\r\nCy,40,Rome,extra,more\r\n'
r = csv.DictReader(io.StringIO(data))
print(r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)
r = csv.DictReader(data.splitlines(), restkey='rest', restval='?')
print(list(r))
r = csv.DictReader(['1;2', '3;4'], fieldnames=['a', 'b'], delimiter=';')
print(r.fieldnames, list(r))
r = csv.DictReader([])
print(r.fieldnames, list(r))
r = csv.DictReader(['x,y'])
r.fieldnames = ['p', 'q']
print(list(r))

buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=['name', 'age', 'note'])
print(w.writeheader())
w.writerow({'name': 'Ann', 'age': 30})
w.writerows([{'name': 'Bob', 'note': 'a,b'}, {'age': 5}])
print(repr(buf.getvalue()))
try:
    w.writerow({'name': 'x', 'zzz': 1})
except ValueError as e:
    print('ValueError', e)
buf = io.StringIO()
w = csv.DictWriter(buf, ['a', 'b'], restval='-', extrasaction='ignore', quoting=csv.QUOTE_ALL)
w.writerow({'a': 1, 'c': 3})
w.writerow({'b': None})
print(repr(buf.getvalue()))
buf = io.StringIO()
w = csv.DictWriter(buf, ['a', 'b'], extrasaction='IGNORE', lineterminator='\n')
w.writerow({'a': 1, 'c': 3})
print(repr(buf.getvalue()))
try:
    csv.DictWriter(buf, ['a'], extrasaction='skip')
except ValueError as e:
    print('ValueError', e)
