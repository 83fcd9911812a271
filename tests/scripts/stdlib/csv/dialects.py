import csv
import io

def e(label, f):
    try:
        r = f()
        print(label, 'OK', r)
    except Exception as x:
        print(label, type(x).__name__, x)

print(csv.list_dialects())
d = csv.get_dialect('excel')
print(type(d).__name__, type(d).__module__, d.delimiter, repr(d.quotechar), d.doublequote,
      d.escapechar, repr(d.lineterminator), d.quoting, d.skipinitialspace, d.strict)
u = csv.get_dialect('unix')
print(repr(u.lineterminator), u.quoting, csv.get_dialect('excel-tab').delimiter == '\t')
e('set', lambda: setattr(d, 'delimiter', ';'))
csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
print(csv.list_dialects())
buf = io.StringIO()
csv.writer(buf, 'semi').writerow(['a', 1])
print(repr(buf.getvalue()))
print(list(csv.reader(['x;"y;z"'], dialect='semi')))

class Pipes(csv.excel):
    delimiter = '|'
    escapechar = '\\'
csv.register_dialect('pipes', Pipes)
print(list(csv.reader(['a|b\\|c'], 'pipes')))
print(list(csv.reader(['a|b'], Pipes)), list(csv.reader(['a|b'], Pipes())))
print(list(csv.reader(['a|b'], 'pipes', delimiter=',')))
csv.register_dialect('over', 'pipes', quotechar="'")
o = csv.get_dialect('over')
print(o.delimiter, o.quotechar, o.escapechar)
csv.unregister_dialect('over')
print(csv.list_dialects())
e('unregister', lambda: csv.unregister_dialect('over'))
e('get', lambda: csv.get_dialect('nope'))
e('get2', lambda: csv.get_dialect(3))
e('reader', lambda: csv.reader([], 'nope'))
e('register', lambda: csv.register_dialect(1))
e('register2', lambda: csv.register_dialect('bad', delimiter='::'))
print(csv.list_dialects())

e('delim empty', lambda: csv.reader([], delimiter=''))
e('delim int', lambda: csv.reader([], delimiter=1))
e('delim none', lambda: csv.reader([], delimiter=None))
e('delim 2', lambda: csv.reader([], delimiter='ab'))
e('quote int', lambda: csv.reader([], quotechar=1))
e('quote none', lambda: csv.reader([], quotechar=None).dialect.quoting)
e('quote empty', lambda: csv.reader([], quotechar=''))
e('quote none all', lambda: csv.reader([], quotechar=None, quoting=csv.QUOTE_ALL))
e('quote none minimal', lambda: csv.reader([], quotechar=None, quoting=csv.QUOTE_MINIMAL))
e('esc int', lambda: csv.reader([], escapechar=1))
e('esc 2', lambda: csv.reader([], escapechar='ab'))
e('lt int', lambda: csv.reader([], lineterminator=1))
e('lt none', lambda: csv.reader([], lineterminator=None))
e('lt empty', lambda: repr(csv.reader([], lineterminator='').dialect.lineterminator))
e('quoting 7', lambda: csv.reader([], quoting=7))
e('quoting str', lambda: csv.reader([], quoting='a'))
e('quoting float', lambda: csv.reader([], quoting=1.0))
e('quoting bool', lambda: csv.reader([], quoting=True).dialect.quoting)
e('dq', lambda: csv.reader([], doublequote=0).dialect.doublequote)
e('strict', lambda: csv.reader([], strict=[1]).dialect.strict)
e('skip', lambda: csv.reader([], skipinitialspace='').dialect.skipinitialspace)
e('kw', lambda: csv.reader([], foo=1))
e('noiter', lambda: csv.reader(1))
e('noargs', lambda: csv.reader())
e('wnoargs', lambda: csv.writer())
e('limit str', lambda: csv.field_size_limit('a'))
e('limit 2', lambda: csv.field_size_limit(1, 2))
e('Dialect()', lambda: csv.Dialect())

class D(csv.Dialect):
    delimiter = ';'
e('D()', lambda: D())

class Good(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
g = Good()
print(g._valid, g.delimiter, csv.excel._name, csv.Dialect._valid)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(csv.Error.__module__, csv.Error.__name__, issubclass(csv.Error, Exception))
print(csv.excel.delimiter, csv.excel_tab.delimiter == '\t', csv.unix_dialect.quoting, csv.Dialect.delimiter)
print(sorted(csv.__all__))
