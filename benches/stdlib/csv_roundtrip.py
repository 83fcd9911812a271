# Benchmark: writing and reading a 50,000-row CSV through StringIO (issue 12): `csv.writer`
# with the default dialect (minimal quoting of fields holding commas, quotes and newlines),
# `csv.reader` over the text, then a QUOTE_NONNUMERIC round trip and a DictReader pass.
import csv
import io

ROWS = 50_000  # size knob


def main():
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["id", "name", "note", "price", "qty"])
    for i in range(ROWS):
        note = 'say "hi", bye' if i % 7 == 0 else ("two\nlines" if i % 11 == 0 else "plain")
        w.writerow([i, "name%d" % i, note, i * 0.25, i % 13])
    text = out.getvalue()
    n = total = 0
    for row in csv.reader(io.StringIO(text)):
        n += 1
        total += len(row[1]) + len(row[2])
    out = io.StringIO()
    w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    w.writerows([i, "x%d" % i, i * 1.5] for i in range(ROWS // 2))
    fsum = 0.0
    for row in csv.reader(io.StringIO(out.getvalue()), quoting=csv.QUOTE_NONNUMERIC):
        fsum += row[0] + row[2]
    for d in csv.DictReader(io.StringIO(text[: len(text) // 5])):
        total += len(d["qty"] or "")
    print(len(text), n, total, fsum, len(out.getvalue()))


main()
