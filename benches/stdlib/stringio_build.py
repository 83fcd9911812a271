# Benchmark: building a 10 MB string with StringIO.write in small pieces, then reading it back
# line by line with readline, by iteration and with read(n) (issue 12).
import io

PIECES = 2_400_000  # size knob: about 10 MB of text


def main():
    out = io.StringIO()
    words = ["alpha ", "beta ", "gamma\n", "déjà ", "x", "12345 ", "\n"]
    for i in range(PIECES):
        out.write(words[i % 7])
    text = out.getvalue()
    inp = io.StringIO(text)
    lines = chars = 0
    while True:
        line = inp.readline()
        if not line:
            break
        lines += 1
        chars += len(line)
    for line in io.StringIO(text):
        chars += len(line)
    inp = io.StringIO(text)
    while True:
        chunk = inp.read(4096)
        if not chunk:
            break
        chars += len(chunk)
    print(len(text), lines, chars, inp.tell())


main()
