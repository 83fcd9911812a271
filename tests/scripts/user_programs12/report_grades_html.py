"""Render a class grade book as an HTML report (printed), with statistics."""
import html
import random
import statistics
from dataclasses import dataclass
from fractions import Fraction

WEIGHTS = {"homework": Fraction(3, 10), "midterm": Fraction(3, 10), "final": Fraction(2, 5)}
CUTOFFS = [(90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F")]


@dataclass
class Student:
    sid: int
    name: str
    homework: list
    midterm: int
    final: int

    @property
    def hw_avg(self):
        kept = sorted(self.homework)[1:]  # drop the lowest homework
        return Fraction(sum(kept), len(kept))

    @property
    def total(self):
        return (WEIGHTS["homework"] * self.hw_avg + WEIGHTS["midterm"] * self.midterm
                + WEIGHTS["final"] * self.final)

    @property
    def letter(self):
        score = float(self.total)
        return next(letter for cut, letter in CUTOFFS if score >= cut)


def roster(seed=3):
    rng = random.Random(seed)
    names = ["Zoë O'Neil", "Lars <Admin> Berg", "Amélie & Co", "Ravi Shankar", "Mia \"Ace\" Lopez",
             "Tom Smith", "Yuki Tanaka", "Olu Adeyemi", "Sara Cohen", "Ivan Petrov", "Nina Müller", "Ed Wu"]
    out = []
    for i, n in enumerate(names):
        skill = rng.uniform(55, 98)
        hw = [min(100, max(0, round(rng.gauss(skill, 8)))) for _ in range(6)]
        out.append(Student(1000 + i, n, hw, min(100, round(rng.gauss(skill, 10))), min(100, round(rng.gauss(skill, 12)))))
    return out


def render(students):
    parts = ["<!DOCTYPE html>", "<html><head><title>Grades &mdash; CS 101</title></head><body>",
             "<table class=\"grades\">",
             "  <tr>" + "".join(f"<th>{h}</th>" for h in ("ID", "Name", "HW", "Mid", "Final", "Total", "Grade")) + "</tr>"]
    for s in sorted(students, key=lambda s: (-s.total, s.name)):
        cells = [str(s.sid), html.escape(s.name), f"{float(s.hw_avg):.1f}", str(s.midterm), str(s.final),
                 f"{float(s.total):.2f}", s.letter]
        cls = ' class="fail"' if s.letter == "F" else ""
        parts.append(f"  <tr{cls}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    parts.append("</table>")
    return parts


students = roster()
page = render(students)
for line in page:
    print(line)

totals = [float(s.total) for s in students]
print("<pre>")
print(html.escape(f"mean={statistics.mean(totals):.2f} median={statistics.median(totals):.2f} "
                  f"stdev={statistics.stdev(totals):.2f} pstdev={statistics.pstdev(totals):.2f}"))
dist = {letter: 0 for _, letter in CUTOFFS}
for s in students:
    dist[s.letter] += 1
for letter, n in dist.items():
    print(f"{letter}: {'&#9608;' * n} {n}")
print("</pre>")
exact = sum((s.total for s in students), Fraction(0)) / len(students)
print(f"<p>exact class average: {exact} (~{float(exact):.4f})</p>")
print("<p>" + html.escape("Weights: " + ", ".join(f"{k}={v}" for k, v in WEIGHTS.items()) + " & lowest HW dropped") + "</p>")
print("</body></html>")

# round trip check: unescaping what we escaped gives the names back
escaped = [html.escape(s.name, quote=True) for s in students]
assert [html.unescape(e) for e in escaped] == [s.name for s in students]
print(html.unescape("&lt;p&gt;caf&eacute; &amp; cr&#232;me &#x263A; &nbsp;|&copy;&notanentity;"))
z = statistics.correlation([s.midterm for s in students], [s.final for s in students])
print(f"midterm/final correlation: {z:.4f}")
slope, intercept = statistics.linear_regression([s.midterm for s in students], [s.final for s in students])
print(f"final ~ {slope:.3f} * midterm + {intercept:.3f}")
