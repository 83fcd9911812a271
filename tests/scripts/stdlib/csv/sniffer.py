import csv

samples = [
    'name,age,city\r\nAnn,30,Oslo\r\nBob,25,Rome\r\n',
    'a;b;c\n1;2;3\n4;5;6\n',
    "'a', 'b', 'c'\n'1', '2', '3'\n",
    '"x"\t"y"\n"1"\t"2"\n',
    'id|score\n1|2.5\n2|3.5\n3|4.0\n',
    '"He said ""hi""",2\n"ok",3\n',
    'one column\nsecond\nthird\n',
    '"only"\n"quoted"\n"column"\n',
    'a:b:c\nd:e:f\n',
    'x y z\n1 2 3\n',
    'k=v&k2=v2\nk=v&k2=v2\n',
    ',\n,\n',
    'Date,Open,Close\n2024-01-02,100.5,101\n2024-01-03,101,99.5\n',
    'title,count\nhello,12\nworld,7\nfoo,3\n',
    'aaa,bbb\nccc,ddd\neee,fff\n',
    'first,last\nJohn,Doe\nJane,Roe\n',
    '1,2\n3,4\n5,6\n',
    '(1+2j),x\n3j,yy\n4,zzz\n',
]
s = csv.Sniffer()
print(s.preferred)
for sample in samples:
    try:
        d = s.sniff(sample)
        print(repr(sample[:20]), repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
              repr(d.lineterminator), d.quoting, d._name, issubclass(d, csv.Dialect))
        print('  ', list(csv.reader(sample.splitlines(), d)))
    except csv.Error as e:
        print(repr(sample[:20]), 'Error', e)
    try:
        print('   header:', s.has_header(sample))
    except csv.Error as e:
        print('   header Error', e)
print(s.sniff('a;b,c;d\ne;f,g;h\n', delimiters=';').delimiter)
print(s.sniff('a;b,c;d\ne;f,g;h\n', delimiters=',').delimiter)
try:
    s.sniff('abc\ndef\n', delimiters='|')
except csv.Error as e:
    print('Error', e)
try:
    s.sniff('')
except csv.Error as e:
    print('Error', e)
from csv import *
print(QUOTE_ALL, Sniffer, DictReader.__name__)
