# The native fast paths of csv (one-line records split natively, plain rows joined natively)
# against the cases they hand to the Python state machine and writer loop.
import csv
import io

data = ('a,b,c\r\n"q ""x"", y",2,\n,,\n\n"multi\nline",z\n x , y\n1,"2",3.5\n"open,\n'
        'esc\\,aped,w\n"trail"x,1\nlast')
for kw in ({}, {"skipinitialspace": True}, {"escapechar": "\\"}, {"strict": True},
           {"quoting": csv.QUOTE_NONE}, {"doublequote": False, "escapechar": "\\"},
           {"delimiter": ";"}, {"quotechar": "'"}, {"quoting": csv.QUOTE_ALL}):
    r = csv.reader(io.StringIO(data), **kw)
    out = []
    try:
        for row in r:
            out.append((r.line_num, row))
    except csv.Error as e:
        out.append(("Error", str(e)))
    print(kw, out)
nn = '1,2.5,"x",-3e2\n" 4",inf,,"5"\n'
print(list(csv.reader(io.StringIO(nn), quoting=csv.QUOTE_NONNUMERIC)))
try:
    print(list(csv.reader(io.StringIO("1,abc\n"), quoting=csv.QUOTE_NONNUMERIC)))
except ValueError as e:
    print("ValueError", e)
old = csv.field_size_limit(4)
print(list(csv.reader(["ab,cd\n", '"ab",x\n'])))
for bad in (["abcde,x\n"], ['"abcde",x\n'], ["ab,c\u00e9d\u00e9\n"]):
    try:
        print(list(csv.reader(bad)))
    except csv.Error as e:
        print("Error", e)
import sys
csv.field_size_limit(sys.maxsize)
print(len(list(csv.reader(["x" * 200000 + ",y\n"]))[0][0]))
csv.field_size_limit(-1)
try:
    print(list(csv.reader(["a,b\n"])))
except csv.Error as e:
    print("Error", e)
csv.field_size_limit(old)
print(list(csv.reader([b"bytes\n"][:0])), list(csv.reader(["x\n", "y"])))
try:
    list(csv.reader([b"a,b\n"]))
except csv.Error as e:
    print("Error", e)


class S(str):
    pass


print(list(csv.reader([S("p,q\n")])))
rows = [["a", 1, 2.5, None, True], ("x,y", 'q"q', "n\nl", "", -0.0), [""], [None], [],
        ["é", 10 ** 30, float("nan")], iter(["gen", 1]), [S("sub"), 3]]
for kw in ({}, {"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_NONNUMERIC},
           {"quoting": csv.QUOTE_NONE, "escapechar": "\\"}, {"quoting": csv.QUOTE_NONE},
           {"lineterminator": "\n", "delimiter": "\t"}, {"doublequote": False, "escapechar": "\\"},
           {"doublequote": False}, {"quotechar": "'", "lineterminator": "!"}):
    out = io.StringIO()
    w = csv.writer(out, **kw)
    for row in rows:
        try:
            w.writerow(row)
        except csv.Error as e:
            out.write("<Error %s>" % e)
    print(kw, repr(out.getvalue()))
w = csv.writer(io.StringIO())
for bad in (5, None):
    try:
        w.writerow(bad)
    except csv.Error as e:
        print("Error", e)
print(w.writerow(["a", "b"]), w.writerow(row=["c"]) if False else "")
got = []


class Sink:
    def write(self, s):
        got.append(s)
        return len(s) * 10


print(csv.writer(Sink()).writerow([1, "a"]), got)
d = csv.DictWriter(io.StringIO(), ["a", "b"])
print(d.writeheader(), d.writerow({"a": 1, "b": "x,y"}))
